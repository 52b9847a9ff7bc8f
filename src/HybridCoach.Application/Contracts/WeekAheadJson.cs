using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>The 7 days after the week: phase, focus, recovery microcycle, planned running distance, the sessions and the next race.</summary>
public sealed record WeekAheadJson(string Start, string Phase, string Focus, bool RecoveryMicrocycle, double PlannedDistanceM,
    IReadOnlyList<SessionLineJson> Sessions, string? NextRace, string? NextRaceDate, double? NextRaceDistanceM)
{
    public static WeekAheadJson From(WeekAhead w) => new(RecoverySignalsJson.DateText(w.Start), w.Phase, w.Focus, w.RecoveryMicrocycle, w.PlannedDistanceM,
        [.. w.Sessions.Select(SessionLineJson.From)], w.NextRace, w.NextRaceDate is { } d ? RecoverySignalsJson.DateText(d) : null, w.NextRaceDistanceM);
}
