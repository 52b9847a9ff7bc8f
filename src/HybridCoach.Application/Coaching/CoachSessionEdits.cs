using HybridCoach.Application.Plans;
using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The coach's hands on the plan (`coach plan edit|move|swap|cancel`): each writes a new plan version through the
/// version writer — refused with the violation named when it would break an invariant the plan kept
/// (<see cref="PlanVersionGuard"/>) — recording who and why, and locks the days it touched against automatic change
/// (<see cref="StoredSessionLock"/>) so the next check-in does not undo the coach. Only days from the as-of day on
/// change (a day gone by is history); races change with `coach race`; no training session goes on a day the athlete
/// said they cannot train.
/// </summary>
public sealed class CoachSessionEdits(IPlanStore plans, PlanVersionWriter writer, ISessionLockStore locks, ReadAthleteState state, TimeProvider clock)
{
    public const string Source = "coach edit";

    public async Task<CoachEditResult> EditAsync(DateOnly date, SessionType type, double? distanceM, double? seconds, string reason, string by, DateOnly asOf,
        CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var planned = Day(set, date, asOf, "DATE");
        var kit = SeasonPlanner.Context(set.Request, set.ActiveVariant).Kit;
        var after = CoachSessionEdit.Make(kit, planned, type, distanceM, seconds);
        var why = CoachText.Required(reason, "reason");
        await RequireAvailableAsync(after, asOf, cancellationToken);
        return await StoreAsync(set, [new PlanChange(date, planned, after, ChangeKinds.OfEdit(planned, after), why)], $"{date:yyyy-MM-dd} rewritten as {type.ToId()}", by, cancellationToken);
    }

    public async Task<CoachEditResult> MoveAsync(DateOnly from, DateOnly to, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var moving = Day(set, from, asOf, "DATE");
        var target = Day(set, to, asOf, "to");
        if (from == to) throw new Errors.InvalidInputException("to", $" {to:yyyy-MM-dd}: the session is already on that day");
        if (target.Type != SessionType.Rest)
            throw new Errors.InvalidInputException("to", $" {to:yyyy-MM-dd}: that day already holds a session ({target.Type.ToId()}); use `coach plan swap {from:yyyy-MM-dd} {to:yyyy-MM-dd}` or cancel it first");
        var moved = moving with { Date = to };
        await RequireAvailableAsync(moved, asOf, cancellationToken);
        var why = CoachText.Required(reason, "reason");
        PlanChange[] changes =
        [
            new(from, moving, EasySessions.Rest(from), ChangeKind.Moved, $"moved to {to:yyyy-MM-dd}: {why}"),
            new(to, target, moved, ChangeKind.Moved, $"moved from {from:yyyy-MM-dd}: {why}"),
        ];
        return await StoreAsync(set, changes, $"{moving.Type.ToId()} moved from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}", by, cancellationToken);
    }

    public async Task<CoachEditResult> SwapAsync(DateOnly first, DateOnly second, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var a = Day(set, first, asOf, "FIRST");
        var b = Day(set, second, asOf, "SECOND");
        if (first == second) throw new ArgumentException($"SECOND {second:yyyy-MM-dd}: the same day as FIRST");
        await RequireAvailableAsync(a with { Date = second }, asOf, cancellationToken);
        await RequireAvailableAsync(b with { Date = first }, asOf, cancellationToken);
        var why = CoachText.Required(reason, "reason");
        PlanChange[] changes =
        [
            new(first, a, b with { Date = first }, ChangeKind.Moved, $"swapped with {second:yyyy-MM-dd}: {why}"),
            new(second, b, a with { Date = second }, ChangeKind.Moved, $"swapped with {first:yyyy-MM-dd}: {why}"),
        ];
        return await StoreAsync(set, changes, $"{a.Type.ToId()} on {first:yyyy-MM-dd} and {b.Type.ToId()} on {second:yyyy-MM-dd} swapped", by, cancellationToken);
    }

    public async Task<CoachEditResult> CancelAsync(DateOnly date, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var planned = Day(set, date, asOf, "DATE");
        if (planned.Type == SessionType.Rest) throw new ArgumentException($"DATE {date:yyyy-MM-dd}: already a rest day");
        var why = CoachText.Required(reason, "reason");
        PlanChange[] changes = [new(date, planned, EasySessions.Rest(date, "Rest: the coach cancelled this session."), ChangeKind.Removed, why)];
        return await StoreAsync(set, changes, $"{planned.Type.ToId()} on {date:yyyy-MM-dd} cancelled", by, cancellationToken);
    }

    private async Task<CoachEditResult> StoreAsync(PlanSet set, IReadOnlyList<PlanChange> changes, string summary, string by, CancellationToken cancellationToken)
    {
        var who = CoachText.Who(by);
        var adapted = PlanRevision.Apply(set.Active.Plan, changes, set.Request);
        var dates = changes.Select(c => c.Date).Distinct().Order().ToList();
        changes = PlanRevision.WithImplied(set.Active.Plan, adapted, changes);
        var stored = await writer.AddAsync(set, adapted, Source, $"{summary} (by {who})", who, ChangeSubmission.Notes(changes), cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var date in dates)
        {
            await locks.UnlockAsync(date, who, "replaced by a new lock", now, cancellationToken);
            await locks.AddAsync(new StoredSessionLock(0, date, who, $"edited by the coach: {summary}", now), cancellationToken);
        }
        return new CoachEditResult(stored.Version, changes, dates, set.Request.Units);
    }

    private static PlannedSession Day(PlanSet set, DateOnly date, DateOnly asOf, string inputName)
    {
        if (date < asOf) throw new ArgumentException($"{inputName} {date:yyyy-MM-dd}: before the as-of day {asOf:yyyy-MM-dd}; a day gone by is history");
        var plan = set.Active.Plan;
        var session = plan.Sessions.FirstOrDefault(s => s.Date == date)
            ?? throw new ArgumentException($"{inputName} {date:yyyy-MM-dd}: not in plan version {set.Version} ({plan.Microcycles[0].Start:yyyy-MM-dd} to {plan.Microcycles[^1].End:yyyy-MM-dd})");
        return session.Type == SessionType.Race
            ? throw new ArgumentException($"{inputName} {date:yyyy-MM-dd}: a race day; races change with `coach race`")
            : session;
    }

    private async Task RequireAvailableAsync(PlannedSession session, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (session.Type == SessionType.Rest) return;
        var inForce = await state.ReadAsync(asOf, cancellationToken);
        if (inForce.Unavailable(session.Date))
            throw new ArgumentException($"{session.Date:yyyy-MM-dd}: the athlete said they cannot train that day; no {session.Type.ToId()} session goes there");
    }
}
