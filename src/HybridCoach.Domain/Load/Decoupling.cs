using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Pa:HR aerobic decoupling (science.md §8; Friel; GoldenCheetah AerobicDecoupling.cpp): the run is split at
/// the midpoint of its moving time, ratio = mean speed ÷ mean HR in each half, and decoupling % =
/// 100 × (ratio₁ − ratio₂) / ratio₁. Over 5 % suggests the run was above aerobic threshold (Friel).
/// Halves at 200 m/min, 140 bpm and 195 m/min, 146 bpm give 6.507 %.
/// </summary>
public static class Decoupling
{
    public const string Id = "aerobic_decoupling";

    /// <summary>Friel's limit for a run at aerobic endurance pace.</summary>
    public const double AerobicLimitPercent = 5;

    public static double Compute(double firstSpeedMPerMin, double firstHeartRateBpm, double secondSpeedMPerMin, double secondHeartRateBpm)
    {
        if (!(firstHeartRateBpm > 0) || !(secondHeartRateBpm > 0))
            throw new ArgumentOutOfRangeException(nameof(firstHeartRateBpm), "both halves need a heart rate above 0 bpm");
        if (!(firstSpeedMPerMin > 0) || !(secondSpeedMPerMin >= 0))
            throw new ArgumentOutOfRangeException(nameof(firstSpeedMPerMin), "the first half needs a speed above 0 and the second one of 0 or more");
        var first = firstSpeedMPerMin / firstHeartRateBpm;
        var second = secondSpeedMPerMin / secondHeartRateBpm;
        return 100 * (first - second) / first;
    }

    /// <summary>Null when the run has no distance or heart rate, or is shorter than the settings' minimum.</summary>
    public static double? Compute(SampleSeries samples, SteadyRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        settings ??= SteadyRunSettings.Default;
        if (SpeedHeartRateSamples.Halves(samples, settings.MaxSampleGapS) is not { } halves) return null;
        var (first, second, whole) = halves;
        if (whole.TimeS < settings.MinimumMovingTimeS || !(first.DistanceM > 0) || !(second.TimeS > 0)) return null;
        return Compute(first.SpeedMPerMin, first.HeartRateBpm, second.SpeedMPerMin, second.HeartRateBpm);
    }
}
