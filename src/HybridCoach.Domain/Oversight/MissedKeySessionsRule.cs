using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>missed_key_sessions</c>: <see cref="EscalationSettings.MissedKeySessionsInARow"/> (2) or more key sessions
/// missed in a row, the last of them inside the event lookback → urgency 3. Key sessions are the hard sessions and
/// the long run, in plan order, other days skipped; a key session done, partly done or replaced ends the run.
/// Missing two key sessions is more than a busy week: the coach asks why (product rule; the escalation guidance
/// this project follows names "missed workouts in a row").
/// </summary>
public static class MissedKeySessionsRule
{
    public static bool IsKey(PlannedSession session) => session.Hard || session.Type == SessionType.Long;

    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var key = input.Sessions.Where(m => IsKey(m.Planned)).ToList();
        var run = new List<SessionMatch>();
        List<SessionMatch>? latest = null;
        foreach (var match in key)
        {
            if (match.Status == SessionStatus.Missed) run.Add(match);
            else run = [];
            if (run.Count >= input.Settings.MissedKeySessionsInARow) latest = [.. run];
        }
        if (latest is null || !input.IsRecentEvent(latest[^1].Planned.Date)) yield break;
        var types = string.Join(", ", latest.Select(m => m.Planned.Type.ToId()));
        yield return EscalationDetector.Make(EscalationKind.MissedKeySessions, latest[^1].Planned.Date,
            $"{latest.Count} key sessions missed in a row ({types}): ask what is getting in the way.",
            [.. latest.Select(m => $"{EscalationText.Day(m.Planned.Date)} {m.Planned.Type.ToId()}: missed ({m.Reason})")]);
    }
}
