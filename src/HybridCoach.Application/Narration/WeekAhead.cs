namespace HybridCoach.Application.Narration;

/// <summary>
/// The next 7 days of the plan: the phase and focus, whether it is a recovery microcycle, planned running distance,
/// every session, and the next race (name, day, distance, priority; null when none is on the calendar).
/// </summary>
public sealed record WeekAhead(DateOnly Start, string Phase, string Focus, bool RecoveryMicrocycle, double PlannedDistanceM, IReadOnlyList<SessionLine> Sessions,
    string? NextRace, DateOnly? NextRaceDate, double? NextRaceDistanceM);
