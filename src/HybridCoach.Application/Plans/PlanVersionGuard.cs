using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// Only valid plans are stored: a new plan may not break an invariant check that the plan it replaces passed
/// (a version stored before this rule may carry its own; nothing may add to them). A new generation has no plan it
/// replaces and must pass every check, in every variant.
/// </summary>
public static class PlanVersionGuard
{
    public static void RequireValid(SeasonPlan candidate, PlanRequest request, IReadOnlyList<PlanViolation>? standing, string action)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var kept = (standing ?? []).Select(Key).ToHashSet();
        var added = PlanValidator.Validate(candidate, request).Where(v => !kept.Contains(Key(v))).ToList();
        if (added.Count > 0) throw new InvalidPlanException(action, candidate.Variant.ToId(), added);
    }

    private static string Key(PlanViolation v) => $"{v.InvariantId}|{v.MicrocycleIndex}|{v.Date:yyyy-MM-dd}";
}
