using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// What a regenerated plan keeps of the one it replaces: each day the coach locked (a coach edit locks the days it
/// touches) gets the replaced plan's session. The locked days of one microcycle are carried together (a swap or a
/// move within the week stays whole) and only while the plan still passes every invariant check; the days of a
/// microcycle that cannot be carried are listed with the check they would break, never dropped unsaid.
/// </summary>
public static class LockedDaysCarry
{
    /// <summary>The plan with what was carried and the validator's verdict on it (computed as it was carried), the carried days and the rest.</summary>
    public sealed record Result(GeneratedPlan Plan, IReadOnlyList<PlanChange> Carried, IReadOnlyList<string> NotCarried);

    public static Result Apply(GeneratedPlan fresh, PlanRequest request, SeasonPlan replaced, IEnumerable<DateOnly> lockedDays)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(replaced);
        var plan = fresh;
        var carried = new List<PlanChange>();
        var notCarried = new List<string>();
        var locked = lockedDays.ToHashSet();
        foreach (var cycle in fresh.Plan.Microcycles)
        {
            var changes = Changes(cycle, replaced, locked);
            if (changes.Count == 0) continue;
            var candidate = PlanRevision.Apply(plan.Plan, changes, request);
            var violations = PlanValidator.Validate(candidate, request);
            if (PlanVersionGuard.Added(violations, fresh.Violations) is { Count: > 0 } broken)
            {
                var why = string.Join(", ", broken.Select(v => v.InvariantId).Distinct());
                notCarried.AddRange(changes.Select(c => $"{c.Date:yyyy-MM-dd} {c.After!.Type.ToId()}: would break {why}"));
                continue;
            }
            plan = new GeneratedPlan(candidate, violations);
            carried.AddRange(changes);
        }
        return new Result(plan, carried, notCarried);
    }

    private static List<PlanChange> Changes(Microcycle cycle, SeasonPlan replaced, HashSet<DateOnly> locked) =>
        [.. cycle.Days.Where(d => locked.Contains(d.Date))
            .Select(now => (Now: now, Kept: replaced.Sessions.FirstOrDefault(s => s.Date == now.Date)))
            .Where(x => x.Kept is not null && !PlanRevision.Same(x.Kept, x.Now))
            .Select(x => new PlanChange(x.Now.Date, x.Now, x.Kept, ChangeKind.Recalibrated, "locked by the coach: carried from the replaced plan"))];
}
