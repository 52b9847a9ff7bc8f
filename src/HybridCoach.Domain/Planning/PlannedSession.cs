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
    /// <summary>
    /// Hard by the one rule (<see cref="Load.HardSessionRule"/>): a race, or a quality type whose steps plan enough time
    /// at or above threshold (<see cref="PlannedIntensity"/>) — a marathon-pace session sits between the thresholds
    /// (Seiler's moderate band) and is not hard. A quality type without steps (a hand-written day) is hard by its type.
    /// </summary>
    public bool Hard => Type.IsHard() && (Type == SessionType.Race || Steps.Count == 0
        || Load.HardSessionRule.IsHard(null, PlannedIntensity.SecondsAtOrAboveThreshold(this), race: false));

    /// <summary>
    /// On a rest day the athlete cannot train: the running the day was planned with before it was dropped. The week was
    /// designed around it, so the long-run share still counts it (<c>long_run_share</c>): a long run already run does not
    /// become "too long" because a later day of its week fell through. 0 otherwise.
    /// </summary>
    public double UnavailableRunningM { get; init; }
}
