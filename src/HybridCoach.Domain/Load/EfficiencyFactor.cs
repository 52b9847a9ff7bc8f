using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Running efficiency factor: mean speed in m/min ÷ mean heart rate (science.md §8; Friel / TrainingPeaks,
/// tlgs/x.intervals uses the same m/min unit). A rising EF at the same effort means improving aerobic fitness.
/// </summary>
public static class EfficiencyFactor
{
    public const string Id = "efficiency_factor";

    public static double Compute(double speedMPerMin, double heartRateBpm)
    {
        if (!(heartRateBpm > 0)) throw new ArgumentOutOfRangeException(nameof(heartRateBpm), heartRateBpm, "heart rate must be above 0 bpm");
        if (!(speedMPerMin >= 0)) throw new ArgumentOutOfRangeException(nameof(speedMPerMin), speedMPerMin, "speed must be 0 or more");
        return speedMPerMin / heartRateBpm;
    }

    /// <summary>Over the moving samples that have a heart rate; null as for <see cref="Decoupling"/>.</summary>
    public static double? Compute(SampleSeries samples, SteadyRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        settings ??= SteadyRunSettings.Default;
        if (SpeedHeartRateSamples.Halves(samples, settings.MaxSampleGapS) is not { } halves) return null;
        var whole = halves.Whole;
        if (whole.TimeS < settings.MinimumMovingTimeS) return null;
        return Compute(whole.SpeedMPerMin, whole.HeartRateBpm);
    }
}
