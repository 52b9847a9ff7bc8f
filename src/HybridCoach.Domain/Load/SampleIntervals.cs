using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// A sample series as intervals: sample i stands for the time until sample i+1, with its speed and heart rate
/// (NaN where missing). Works for 1 s and variable ("smart") recording alike. An interval longer than the
/// gap limit is a pause (auto-pause, watch stopped) and is left out, as for decoupling
/// (<see cref="SteadyRunSettings.MaxSampleGapS"/>). The last sample has no interval.
/// </summary>
internal sealed class SampleIntervals
{
    private SampleIntervals(double[] durationsS, double[] speedsMps, double[] heartRatesBpm)
    {
        DurationsS = durationsS;
        SpeedsMps = speedsMps;
        HeartRatesBpm = heartRatesBpm;
    }

    public double[] DurationsS { get; }
    public double[] SpeedsMps { get; }
    public double[] HeartRatesBpm { get; }
    public int Count => DurationsS.Length;

    /// <summary>Speed from the speed channel, else from the distance covered in the interval.</summary>
    public static SampleIntervals From(SampleSeries samples, double maxGapS)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (!(maxGapS > 0)) throw new ArgumentOutOfRangeException(nameof(maxGapS), maxGapS, "the pause gap must be more than 0 s");
        var timeline = SampleTimeline.From(samples);
        var times = timeline.TimesS;
        var speedColumn = samples.Column(SampleChannel.SpeedMps);
        var heartColumn = samples.Column(SampleChannel.HeartRateBpm);
        var distances = timeline.DistancesM;
        var durations = new List<double>(times.Length);
        var speeds = new List<double>(times.Length);
        var heartRates = new List<double>(times.Length);
        for (var i = 0; i + 1 < times.Length; i++)
        {
            var dtS = times[i + 1] - times[i];
            if (!(dtS > 0) || dtS > maxGapS) continue;
            var speed = speedColumn.Length > 0 && double.IsFinite(speedColumn[i]) ? speedColumn[i]
                : distances is not null ? (distances[i + 1] - distances[i]) / dtS
                : double.NaN;
            durations.Add(dtS);
            speeds.Add(speed);
            heartRates.Add(heartColumn.Length > 0 ? heartColumn[i] : double.NaN);
        }
        return new SampleIntervals([.. durations], [.. speeds], [.. heartRates]);
    }
}
