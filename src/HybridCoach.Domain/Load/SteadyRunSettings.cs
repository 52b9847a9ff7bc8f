namespace HybridCoach.Domain.Load;

/// <summary>When a run is long enough for decoupling and efficiency factor to mean something.</summary>
public sealed record SteadyRunSettings
{
    public static SteadyRunSettings Default { get; } = new();

    /// <summary>
    /// Minimum moving time with heart rate. Friel's aerobic-endurance test is a steady run of an hour or more;
    /// we accept 20 minutes so shorter steady runs still show a trend (a product choice).
    /// </summary>
    public double MinimumMovingTimeS { get; init; } = 1200;

    /// <summary>A longer gap between samples is a pause and is left out.</summary>
    public double MaxSampleGapS { get; init; } = 30;
}
