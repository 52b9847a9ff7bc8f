using HybridCoach.Domain.Planning;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>unavailable_days</c>: a session on a day the athlete cannot train moves to the nearest rest day of the same
/// microcycle that is available (an available weekday, not kept clear, not itself unavailable, not a race or race
/// eve), a hard session only where neither neighbour is hard (hard days apart); with no such day it is dropped and the
/// day rests, keeping the running it held (<see cref="PlannedSession.UnavailableRunningM"/>) for the long-run rule and the taper's cut. Races never move. Dropped running rebalances the following microcycles
/// (<see cref="CycleVolume.Rebalance"/>), and when the lower base lifts the load ratio of a later week above the
/// ceiling, that week is lowered step by step (<see cref="AcwrRelief"/>) until the plan validates. Product rule.
/// Back-off: nothing (the athlete's unavailability is then for the coach to resolve; the daily call still rests
/// those days, from the athlete's state).
/// </summary>
public sealed class UnavailableDaysRule : IAdaptationRule
{
    public string Id => "unavailable_days";

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        var blocked = input.CheckIn.Request.UnavailableDays.Where(d => d > input.Today && input.Plan.Start <= d && d <= input.Plan.End).ToHashSet();
        if (blocked.Count == 0) yield break;
        var start = draft;
        foreach (var day in blocked.Order())
        {
            if (draft.On(day) is not { } session || session.Type is SessionType.Rest or SessionType.Race) continue;
            var rest = EasySessions.Rest(day, "Rest: you are not available today.");
            var slot = Slot(draft, input, session, blocked);
            if (slot is { } to)
                draft = draft.With(rest, ChangeKind.Moved, Text($"not available on {day:yyyy-MM-dd}: {session.Type.Words()} moved to {to:yyyy-MM-dd}"))
                    .With(session with { Date = to }, ChangeKind.Moved, Text($"{session.Type.Words()} moved here from {day:yyyy-MM-dd} (not available that day)"));
            else
                // Dropped, not moved: the day keeps the running it held for the week's limits (the moved one still runs).
                draft = draft.With(rest with { UnavailableRunningM = session.Type.IsRunning() ? session.DistanceM : 0 }, ChangeKind.Removed, Text($"not available on {day:yyyy-MM-dd} and no free day in the microcycle{(session.Hard ? " keeps hard days apart" : "")}: {session.Type.Words()} dropped"));
        }
        foreach (var index in draft.Notes.Keys.Except(start.Notes.Keys).Select(d => draft.CycleOn(d)!.Index).Distinct().Order().ToList())
        {
            draft = CapLongRun(draft, input, index, "a session dropped");
            draft = Rebalance(draft, input, index);
        }
        foreach (var attempt in AcwrRelief.Attempts(draft, input, "not available on some days")) yield return attempt;
    }

    private static DateOnly? Slot(PlanDraft draft, AdaptationInput input, PlannedSession session, HashSet<DateOnly> blocked)
    {
        var cycle = draft.CycleOn(session.Date)!;
        var races = draft.Sessions.Where(s => s.Type == SessionType.Race).Select(s => s.Date).ToHashSet();
        bool Hard(DateOnly d) => d != session.Date && draft.On(d) is { Hard: true };
        return cycle.Days.Where(d => d.Type == SessionType.Rest && d.Date > input.Today && !blocked.Contains(d.Date)
                && input.Request.AvailableDays.Contains(d.Date.DayOfWeek) && !input.Request.ClearDays.Contains(d.Date.DayOfWeek)
                && !races.Contains(d.Date.AddDays(1)) && !input.Request.OtherRaces.Concat([input.Request.GoalRace]).Any(r => r.Date == d.Date.AddDays(1))
                && (!session.Hard || (!Hard(d.Date.AddDays(-1)) && !Hard(d.Date.AddDays(1)))))
            .OrderBy(d => Math.Abs(d.Date.DayNumber - session.Date.DayNumber)).ThenBy(d => d.Date)
            .Select(d => (DateOnly?)d.Date).FirstOrDefault();
    }
}
