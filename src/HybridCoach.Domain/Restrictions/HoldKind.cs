namespace HybridCoach.Domain.Restrictions;

/// <summary>What a coach's hold forbids (ids snake_case of the names).</summary>
public enum HoldKind
{
    /// <summary>No training of any kind.</summary>
    NoTraining,

    /// <summary>No running; low-impact cross-training is allowed.</summary>
    NoRunning,

    /// <summary>No intervals, tempo, threshold or race-pace work; easy running only.</summary>
    NoHardSessions,

    /// <summary>At most <see cref="CoachHold.MaxWeeklyKm"/> km of running in any 7 days.</summary>
    MaxWeeklyDistance,
}
