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
    public sealed record Result(SeasonPlan Plan, IReadOnlyList<PlanChange> Carried, IReadOnlyList<string> NotCarried);

    public static Result Apply(SeasonPlan fresh, PlanRequest request, SeasonPlan replaced, IEnumerable<DateOnly> lockedDays)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(replaced);
        var plan = fresh;
        var carried = new List<PlanChange>();
        var notCarried = new List<string>();
        var locked = lockedDays.ToHashSet();
        foreach (var cycle in fresh.Microcycles)
        {
            var changes = Changes(cycle, replaced, locked);
            if (changes.Count == 0) continue;
            var candidate = PlanRevision.Apply(plan, changes, request);
            if (PlanValidator.Validate(candidate, request) is { Count: > 0 } broken)
            {
                var why = string.Join(", ", broken.Select(v => v.InvariantId).Distinct());
                notCarried.AddRange(changes.Select(c => $"{c.Date:yyyy-MM-dd} {c.After!.Type.ToId()}: would break {why}"));
                continue;
            }
            plan = candidate;
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
