using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Banister's exponential TRIMP: Σ minutes × HRr × a × exp(b × HRr), HRr = (HR − rest)/(max − rest)
/// (science.md §5; Banister 1991; Morton, Fitz-Clarke &amp; Banister 1990). Coefficients: see
/// <see cref="TrimpCoefficients"/>. Worked example (fellrnr.com "TRIMP"): male, max 200, rest 40, 30 min at
/// 130 bpm ≈ 32 (31.8025).
/// </summary>
public static class Trimp
{
    public const string Id = "banister_trimp";

    /// <summary>TRIMP of <paramref name="minutes"/> at one heart rate. A heart rate below rest counts as 0.</summary>
    public static double Compute(double minutes, double heartRateBpm, double restingBpm, double maxBpm, TrimpCoefficients coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ValidateRange(restingBpm, maxBpm);
        if (!(minutes >= 0)) throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "duration must be zero or more minutes");
        return minutes * Weight(heartRateBpm, restingBpm, maxBpm, coefficients);
    }

    /// <summary>
    /// The activity's TRIMP: summed over its heart-rate samples when it has them (pauses longer than
    /// <see cref="LoadSettings.MaxSampleGapS"/> left out), else from its average heart rate and timer time.
    /// Null when resting or max HR is unknown or the activity has no heart rate.
    /// </summary>
    public static LoadValue? Compute(Activity activity, LoadProfile profile, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(profile);
        settings ??= LoadSettings.Default;
        if (profile.RestingHeartRate is not { } rest || profile.MaxHeartRate is not { } max) return null;
        ValidateRange(rest.BeatsPerMinute, max.BeatsPerMinute);
        var coefficients = profile.TrimpCoefficients;
        var basis = $"rest {rest.BeatsPerMinute:0}, max {max.BeatsPerMinute:0}, a/b {coefficients}";
        if (FromSamples(activity.Samples, rest.BeatsPerMinute, max.BeatsPerMinute, coefficients, settings) is { } sampled)
            return new LoadValue(LoadMeasure.Trimp, sampled.Trimp, Id, $"HR samples over {sampled.Minutes:0.0} min, {basis}");
        if (activity.Summary.AverageHeartRate is not { } average || !(average.BeatsPerMinute > 0)) return null;
        var minutes = activity.Summary.TimerTime.Minutes;
        var value = Compute(minutes, average.BeatsPerMinute, rest.BeatsPerMinute, max.BeatsPerMinute, coefficients);
        return new LoadValue(LoadMeasure.Trimp, value, Id, $"average HR {average.BeatsPerMinute:0} over {minutes:0.0} min, {basis}");
    }

    private static (double Trimp, double Minutes)? FromSamples(SampleSeries samples, double rest, double max, TrimpCoefficients coefficients, LoadSettings settings)
    {
        if (!samples.Has(SampleChannel.HeartRateBpm)) return null;
        var heartRates = samples.Column(SampleChannel.HeartRateBpm);
        var timestamps = samples.TimestampsMs;
        double trimp = 0, minutes = 0;
        for (var i = 0; i + 1 < timestamps.Length; i++)
        {
            var dtS = (timestamps[i + 1] - timestamps[i]) / 1000.0;
            var heartRate = heartRates[i];
            if (!(dtS > 0) || dtS > settings.MaxSampleGapS || !(heartRate > 0)) continue;
            trimp += dtS / 60.0 * Weight(heartRate, rest, max, coefficients);
            minutes += dtS / 60.0;
        }
        return minutes > 0 ? (trimp, minutes) : null;
    }

    private static double Weight(double heartRate, double rest, double max, TrimpCoefficients coefficients)
    {
        var reserve = Math.Max(0, (heartRate - rest) / (max - rest));
        return reserve * coefficients.A * Math.Exp(coefficients.B * reserve);
    }

    private static void ValidateRange(double restingBpm, double maxBpm)
    {
        if (!(restingBpm > 0)) throw new ArgumentOutOfRangeException(nameof(restingBpm), restingBpm, "resting heart rate must be above 0 bpm");
        if (!(maxBpm > restingBpm)) throw new ArgumentOutOfRangeException(nameof(maxBpm), maxBpm, $"max heart rate must be above the resting heart rate ({restingBpm} bpm)");
    }
}
