using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>Hand-built activities and sample series for the load tests.</summary>
internal static class LoadTestData
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 7, 0, 0, TimeSpan.FromHours(2));

    public static ActivitySummary Summary(Sport sport = Sport.Running, double timerS = 3600, double distanceM = 10000,
        double? averageHr = null, int? rpe = null, DateTimeOffset? start = null) =>
        new(start ?? Start, sport, null, new Distance(distanceM), new Duration(timerS), new Duration(timerS), new Duration(timerS),
            averageHr is { } hr ? new HeartRate(hr) : null, null, null, null, null, null, null, null, null, rpe);

    public static Activity Activity(ActivitySummary summary, SampleSeries? samples = null) =>
        new(summary, [], [], [], [], samples ?? SampleSeries.Empty, new ActivitySource("test", "manual", ""));

    /// <summary>One sample a second; speed and heart rate per second i apply from i to i+1; altitude at sample i.</summary>
    public static SampleSeries Samples(int seconds, Func<int, double> speedMps, Func<int, double>? heartRate = null,
        Func<double, double>? altitudeAtDistance = null)
    {
        var builder = new SampleSeriesBuilder();
        var distance = 0.0;
        for (var i = 0; i <= seconds; i++)
        {
            builder.Append(Start.ToUnixTimeMilliseconds() + i * 1000L);
            builder.Set(SampleChannel.DistanceM, distance);
            if (heartRate is not null) builder.Set(SampleChannel.HeartRateBpm, heartRate(i));
            if (altitudeAtDistance is not null) builder.Set(SampleChannel.AltitudeM, altitudeAtDistance(distance));
            if (i < seconds) distance += speedMps(i);
        }
        return builder.Build();
    }

    /// <summary>The ACWR worked vector of science.md §3 (JorgeDelro/ACWR tests): 21 days of 30, then 7 of 50.</summary>
    public static double[] AcwrVector() => [.. Enumerable.Repeat(30.0, 21), .. Enumerable.Repeat(50.0, 7)];

    public static DateOnly Day0 { get; } = new(2024, 1, 1);

    public static List<DatedLoad> Dated(IReadOnlyList<double> loads, DateOnly? first = null)
    {
        var list = new List<DatedLoad>();
        for (var i = 0; i < loads.Count; i++)
        {
            if (loads[i] > 0) list.Add(DatedLoad.Run((first ?? Day0).AddDays(i), loads[i], 1000, 600));
        }
        return list;
    }
}
