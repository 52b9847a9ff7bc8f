using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Tests.Activities;

/// <summary>Hand-built sample series for the activity calculators' tests.</summary>
internal static class TestSeries
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 6, 0, 0, TimeSpan.Zero);

    /// <summary>One sample a second; distance from a speed per second (speedsMps[i] is the speed from i to i+1).</summary>
    public static SampleSeries FromSpeeds(IReadOnlyList<double> speedsMps, Func<int, double>? heartRate = null, Func<int, double>? altitude = null)
    {
        var builder = new SampleSeriesBuilder();
        var distance = 0.0;
        for (var i = 0; i <= speedsMps.Count; i++)
        {
            builder.Append(Start.ToUnixTimeMilliseconds() + i * 1000L);
            builder.Set(SampleChannel.DistanceM, distance);
            if (heartRate is not null) builder.Set(SampleChannel.HeartRateBpm, heartRate(i));
            if (altitude is not null) builder.Set(SampleChannel.AltitudeM, altitude(i));
            if (i < speedsMps.Count) distance += speedsMps[i];
        }
        return builder.Build();
    }

    public static double[] Constant(double speedMps, int seconds) => Enumerable.Repeat(speedMps, seconds).ToArray();

    public static double[] Concat(params double[][] parts) => parts.SelectMany(p => p).ToArray();

    public static SampleTimeline Timeline(SampleSeries samples) => SampleTimeline.From(samples);
}
