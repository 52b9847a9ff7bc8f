using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>
/// Hand-built runs for the intensity tests. Threshold 4:00/km (4.1667 m/s): Skiba pace zones start at 0, 3.333,
/// 3.625, 3.958, 4.375 and 4.958 m/s. LTHR 170: Friel zones start at 0, 144.5, 153, 161.5, 170, 175.1, 180.2 bpm.
/// </summary>
internal static class IntensityTestData
{
    public static IReadOnlyList<PaceZone> PaceZones { get; } = global::HybridCoach.Domain.Performance.PaceZones.FromThreshold(new Pace(240));

    public static IReadOnlyList<HeartRateZone> HeartRateZones { get; } = global::HybridCoach.Domain.Performance.HeartRateZones.FromLactateThreshold(new HeartRate(170));

    /// <summary>A stretch of constant speed and HR sampled every <paramref name="StepS"/>; one sample with a long
    /// step is a pause.</summary>
    public sealed record Segment(double DurationS, double StepS, double SpeedMps, double HeartRateBpm);

    /// <summary>Each sample's values hold until the next sample; a closing sample ends the last segment.</summary>
    public static SampleSeries Samples(params Segment[] segments)
    {
        var builder = new SampleSeriesBuilder();
        var startMs = new DateTimeOffset(2024, 5, 6, 7, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        double t = 0;
        foreach (var segment in segments)
        {
            var count = (int)Math.Round(segment.DurationS / segment.StepS);
            for (var i = 0; i < count; i++)
            {
                builder.Append(startMs + (long)Math.Round((t + i * segment.StepS) * 1000));
                builder.Set(SampleChannel.SpeedMps, segment.SpeedMps);
                builder.Set(SampleChannel.HeartRateBpm, segment.HeartRateBpm);
            }
            t += segment.DurationS;
        }
        builder.Append(startMs + (long)Math.Round(t * 1000));
        builder.Set(SampleChannel.SpeedMps, 0);
        builder.Set(SampleChannel.HeartRateBpm, 100);
        return builder.Build();
    }

    public static Activity Run(DateOnly day, SampleSeries samples, Sport sport = Sport.Running) =>
        LoadTestData.Activity(LoadTestData.Summary(sport, start: new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(2))), samples);

    public static Segment Minutes(double minutes, double stepS, double speedMps, double heartRateBpm) =>
        new(minutes * 60, stepS, speedMps, heartRateBpm);
}
