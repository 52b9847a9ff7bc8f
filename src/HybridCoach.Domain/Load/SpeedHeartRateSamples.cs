using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Time-weighted mean speed (m/min) and heart rate of a run's moving intervals that have a heart rate, in
/// the first and second half of that moving time — what decoupling and efficiency factor are computed from.
/// </summary>
internal static class SpeedHeartRateSamples
{
    /// <summary>(speed m/min, HR) for the first half, the second half and the whole; null without usable samples.</summary>
    public static (Means First, Means Second, Means Whole)? Halves(SampleSeries samples, double maxGapS)
    {
        var timeline = SampleTimeline.From(samples);
        if (timeline.DistancesM is not { } distances || !samples.Has(SampleChannel.HeartRateBpm)) return null;
        var heartRates = samples.Column(SampleChannel.HeartRateBpm);
        var times = timeline.TimesS;
        var total = Accumulate(times, distances, heartRates, maxGapS, double.PositiveInfinity, out _);
        if (!(total.TimeS > 0)) return null;
        var first = Accumulate(times, distances, heartRates, maxGapS, total.TimeS / 2, out var second);
        return (first, second, total);
    }

    private static Means Accumulate(double[] times, double[] distances, ReadOnlySpan<double> heartRates,
        double maxGapS, double splitS, out Means after)
    {
        Means before = default;
        after = default;
        double elapsed = 0;
        for (var i = 0; i + 1 < times.Length; i++)
        {
            var dtS = times[i + 1] - times[i];
            var heartRate = heartRates[i];
            if (!(dtS > 0) || dtS > maxGapS || !(heartRate > 0)) continue;
            var stepM = distances[i + 1] - distances[i];
            if (elapsed < splitS) before = before.Add(dtS, stepM, heartRate);
            else after = after.Add(dtS, stepM, heartRate);
            elapsed += dtS;
        }
        return before;
    }

    internal readonly record struct Means(double TimeS, double DistanceM, double HeartBeats)
    {
        public Means Add(double dtS, double stepM, double heartRate) =>
            new(TimeS + dtS, DistanceM + stepM, HeartBeats + heartRate * dtS);

        public double SpeedMPerMin => DistanceM / TimeS * 60;
        public double HeartRateBpm => HeartBeats / TimeS;
        public double Ratio => SpeedMPerMin / HeartRateBpm;
    }
}
