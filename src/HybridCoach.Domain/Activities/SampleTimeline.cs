namespace HybridCoach.Domain.Activities;

/// <summary>
/// The calculators' view of a sample series: seconds since the first sample and the cumulative distance
/// (null when the file has neither a distance channel nor positions).
/// </summary>
public sealed class SampleTimeline
{
    private SampleTimeline(SampleSeries samples, double[] timesS, double[]? distancesM)
    {
        Samples = samples;
        TimesS = timesS;
        DistancesM = distancesM;
    }

    public SampleSeries Samples { get; }

    /// <summary>Seconds since the first sample, never decreasing.</summary>
    public double[] TimesS { get; }

    /// <summary>Metres since the first sample, never decreasing; null without distance or positions.</summary>
    public double[]? DistancesM { get; }

    public int Count => TimesS.Length;

    public long StartMs => Samples.Count > 0 ? Samples.TimestampsMs[0] : 0;

    public static SampleTimeline From(SampleSeries samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var timestamps = samples.TimestampsMs;
        var times = new double[timestamps.Length];
        var latest = 0.0;
        for (var i = 0; i < times.Length; i++)
        {
            // A clock that steps back is held, so every calculator can rely on ordered times.
            latest = Math.Max(latest, (timestamps[i] - timestamps[0]) / 1000.0);
            times[i] = latest;
        }
        return new SampleTimeline(samples, times, CumulativeDistance.From(samples));
    }

    /// <summary>Seconds since the first sample for an absolute time.</summary>
    public double SecondsAt(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() - StartMs) / 1000.0;

    /// <summary>The cumulative distance at a time (seconds since the first sample), interpolated.</summary>
    public double DistanceAtM(double timeS) =>
        DistancesM is null || Count == 0 ? 0 : SeriesInterpolation.At(TimesS, DistancesM, timeS);

    public double TotalDistanceM => DistancesM is { Length: > 0 } d ? d[^1] : 0;

    public double DurationS => Count > 0 ? TimesS[^1] : 0;
}
