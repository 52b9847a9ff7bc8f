namespace HybridCoach.Domain.Planning;

/// <summary>
/// One planned day, fully prescribed: type, whether it is hard, total running distance and time, the steps
/// (warm-up / main set / cool-down) with paces, the main target zone, a one-line purpose, and for strength days
/// the exercises. Rest days have no steps and zero distance.
/// </summary>
public sealed record PlannedSession(
    DateOnly Date,
    SessionType Type,
    double DistanceM,
    double DurationS,
    IReadOnlyList<SessionStep> Steps,
    string? ZoneId,
    string Purpose,
    IReadOnlyList<StrengthExercise> Exercises)
{
    public bool Hard => Type.IsHard();
}
