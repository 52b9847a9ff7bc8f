using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// Only valid plans are stored: a new plan may not break an invariant check that the plan it replaces passed
/// (a version stored before this rule may carry its own; nothing may add to them). A new generation has no plan it
/// replaces and must pass every check, in every variant. A check is an invariant at a place (microcycle and date).
/// </summary>
public static class PlanVersionGuard
{
    /// <summary>Validates <paramref name="candidate"/> and refuses it (<see cref="InvalidPlanException"/>) when it adds a
    /// violation to <paramref name="standing"/>; else returns its violations (the standing ones it kept).</summary>
    public static IReadOnlyList<PlanViolation> RequireValid(SeasonPlan candidate, PlanRequest request, IReadOnlyList<PlanViolation>? standing, string action)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var violations = PlanValidator.Validate(candidate, request);
        Require(candidate, violations, standing, action);
        return violations;
    }

    /// <summary>Refuses a plan whose already computed <paramref name="violations"/> add to <paramref name="standing"/>.</summary>
    public static void Require(SeasonPlan candidate, IReadOnlyList<PlanViolation> violations, IReadOnlyList<PlanViolation>? standing, string action)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (Added(violations, standing) is { Count: > 0 } added) throw new InvalidPlanException(action, candidate.Variant.ToId(), added);
    }

    /// <summary>The violations not among <paramref name="standing"/>, by invariant and place.</summary>
    public static IReadOnlyList<PlanViolation> Added(IReadOnlyList<PlanViolation> violations, IReadOnlyList<PlanViolation>? standing)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var kept = (standing ?? []).Select(Key).ToHashSet();
        return [.. violations.Where(v => !kept.Contains(Key(v)))];
    }

    private static string Key(PlanViolation v) => $"{v.InvariantId}|{v.MicrocycleIndex}|{v.Date:yyyy-MM-dd}";
}
