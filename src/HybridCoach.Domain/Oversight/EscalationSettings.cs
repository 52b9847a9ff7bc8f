namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Thresholds of the escalation rules (docs/oversight.md). Counts and windows follow the hybrid-coaching escalation
/// guidance this project uses ("repeated soreness, declining motivation, missed workouts in a row, unusual
/// heart-rate response, or a major life stressor"); the exact figures are product rules unless a rule cites more.
/// Only what happened inside the lookback windows alerts, so an old episode is not raised again every week.
/// </summary>
public sealed record EscalationSettings
{
    public static EscalationSettings Default { get; } = new();

    /// <summary>Daily signals (pain, resting HR, life stress, notes) alert for this many days.</summary>
    public int SignalLookbackDays { get; init; } = 7;

    /// <summary>Check-ins and missed sessions alert while the latest of them is this recent (two weekly check-ins).</summary>
    public int EventLookbackDays { get; init; } = 14;

    public int SorenessCheckIns { get; init; } = 3;
    public int MinNiggleSeverity { get; init; } = 1;

    /// <summary>Daily soreness (0–10, overall or at a site) that counts, and in how many consecutive weeks.</summary>
    public int SorenessSignalMin { get; init; } = 5;
    public int SorenessWeeks { get; init; } = 3;

    public int MotivationWindowDays { get; init; } = 28;
    public int MotivationMinReadings { get; init; } = 6;
    public int MotivationMinSpanDays { get; init; } = 14;

    /// <summary>Least-squares slope (points of the 1–5 scale per week) at or below which motivation is falling.</summary>
    public double MotivationSlopePerWeek { get; init; } = -0.5;

    /// <summary>And the latest reading is at most this (a fall from 5 to 4 is not yet a problem).</summary>
    public int MotivationMaxLatest { get; init; } = 3;

    public int MissedKeySessionsInARow { get; init; } = 2;

    public double RestingHrHighRiseBpm { get; init; } = 10;
    public double RestingHrRiseBpm { get; init; } = 5;
    public int RestingHrRiseDays { get; init; } = 3;
    public int RestingHrBaselineDays { get; init; } = 14;
    public int RestingHrMinBaselineReadings { get; init; } = 5;

    public int LifeStressMin { get; init; } = 5;
}
