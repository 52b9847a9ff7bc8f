namespace HybridCoach.Domain.Load;

/// <summary>Constants of <see cref="EasyPaceHeartRateTrend"/>. Product choices, not published thresholds.</summary>
public sealed record EasyPaceTrendSettings
{
    public static EasyPaceTrendSettings Default { get; } = new();

    /// <summary>The window ending on the as-of day: 12 weeks, long enough for a trend through day-to-day HR noise.</summary>
    public int WindowDays { get; init; } = 84;

    /// <summary>Fewer easy runs in the window give no trend.</summary>
    public int MinimumRuns { get; init; } = 6;

    /// <summary>A run needs this much easy-pace time with heart rate to count (HR takes minutes to settle).</summary>
    public double MinimumEasyTimeS { get; init; } = 600;

    /// <summary>
    /// When set, each run's HR is scaled to this speed as HR × reference ÷ run's easy speed, i.e. the heart rate
    /// the run's efficiency factor (speed ÷ HR, Friel) implies at the reference pace. Null: no normalisation.
    /// </summary>
    public double? ReferenceSpeedMps { get; init; }

    /// <summary>A longer gap between samples is a pause and is left out.</summary>
    public double MaxSampleGapS { get; init; } = 30;

    /// <summary>The slope is reported per this many days.</summary>
    public const int SlopePerDays = 28;
}
