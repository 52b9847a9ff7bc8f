using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Pure edits of a stored plan: replace days of the active variant (the microcycle's volume follows from its days;
/// the projection's per-cycle distance is recomputed), put a new active plan into a version with the validator's
/// fresh verdict, and the per-day differences between two plans.
/// </summary>
public static class PlanRevision
{
    /// <summary>The plan with each change's day set to its <see cref="PlanChange.After"/> (rest when null); days outside the plan are ignored.</summary>
    public static SeasonPlan Apply(SeasonPlan plan, IEnumerable<PlanChange> changes, PlanRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byDate = changes.GroupBy(c => c.Date).ToDictionary(g => g.Key, g => g.Last().After ?? EasySessions.Rest(g.Key));
        var steps = request is null ? null : SeasonPlanner.Context(request, plan.Variant).Kit.Steps;
        var cycles = plan.Microcycles.Select(m => m.Days.Any(d => byDate.ContainsKey(d.Date)) ? Revised(m, byDate, request, steps) : m).ToList();
        return plan with { Microcycles = cycles, Projection = plan.Projection with { CycleDistanceM = [.. cycles.Select(m => m.PlannedDistanceM)] } };
    }

    /// <summary>
    /// A microcycle with some days replaced; one that now runs less is marked <see cref="Microcycle.Reduced"/> (an
    /// easier day is a deliberate dip, not the base the next microcycle's growth is measured from: <c>cycle_growth</c>)
    /// and, given the request, its long run (unless it is one of the changed days) keeps within the references' rule
    /// for the lighter week (<see cref="LongRunCap"/>), as the adapter does when a session is dropped.
    /// </summary>
    private static Microcycle Revised(Microcycle cycle, IReadOnlyDictionary<DateOnly, PlannedSession> byDate, PlanRequest? request, StepMaker? steps)
    {
        var revised = cycle with { Days = [.. cycle.Days.Select(d => byDate.TryGetValue(d.Date, out var after) ? after with { Date = d.Date } : d)] };
        if (Running(revised) >= Running(cycle) - 1) return revised;
        revised = revised with { Reduced = true };
        return request is null || steps is null ? revised : LongRunCap.Apply(revised, request, steps, byDate.Keys.ToHashSet());
    }

    private static double Running(Microcycle cycle) => cycle.Days.Where(d => d.Type.IsRunning()).Sum(d => d.DistanceM);

    /// <summary>The version with <paramref name="active"/> as its active variant, validated against the version's request.</summary>
    public static PlanSet WithActive(PlanSet set, SeasonPlan active)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(active);
        return WithActive(set, active, PlanValidator.Validate(active, set.Request));
    }

    /// <summary>The version with <paramref name="active"/> as its active variant and the validator's verdict already computed for it.</summary>
    public static PlanSet WithActive(PlanSet set, SeasonPlan active, IReadOnlyList<PlanViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(active);
        var generated = new GeneratedPlan(active, violations);
        return set with { Variants = [.. set.Variants.Select(v => v.Variant == set.ActiveVariant ? generated : v)] };
    }

    /// <summary>Every day whose session differs between the two plans (by its stored form), in date order; days only in one plan count too.</summary>
    public static IReadOnlyList<(DateOnly Date, PlannedSession? Before, PlannedSession? After)> Differences(SeasonPlan from, SeasonPlan to)
    {
        var before = from.Sessions.ToDictionary(s => s.Date);
        var after = to.Sessions.ToDictionary(s => s.Date);
        return [.. before.Keys.Union(after.Keys).Order()
            .Select(d => (d, before.GetValueOrDefault(d), after.GetValueOrDefault(d)))
            .Where(x => !Same(x.Item2, x.Item3))];
    }

    /// <summary>
    /// The changes with every other day that differs between <paramref name="before"/> and <paramref name="after"/>
    /// (a day changed by consequence: a long run kept within its limit in a lighter week, <see cref="Apply"/>) as its
    /// own entry, so no change reaches the plan unsaid.
    /// </summary>
    public static IReadOnlyList<PlanChange> WithImplied(SeasonPlan before, SeasonPlan after, IReadOnlyList<PlanChange> changes)
    {
        ArgumentNullException.ThrowIfNull(after);
        var listed = changes.Select(c => c.Date).ToHashSet();
        var implied = Differences(before, after).Where(d => !listed.Contains(d.Date) && d.Before is not null && d.After is not null)
            .Select(d => new PlanChange(d.Date, d.Before, d.After, ChangeKinds.Of(d.Before!, d.After!),
                d.After!.Type == SessionType.Long ? "the long run stays within its limit for the lighter week"
                    : "changed with the days the edit changed")).ToList();
        return implied.Count == 0 ? changes : [.. changes, .. implied];
    }

    public static bool Same(PlannedSession? a, PlannedSession? b) =>
        a is null || b is null ? a is null && b is null : CoachingJson.Session(a) == CoachingJson.Session(b);
}
