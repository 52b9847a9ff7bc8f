using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Tests;

/// <summary>Activities built by hand with known values, independent of any file reader.</summary>
internal static class TestActivities
{
    public static readonly DateTimeOffset DefaultStart = new(2024, 5, 1, 7, 30, 0, TimeSpan.FromHours(2));

    /// <summary>A small activity: no samples, one lap. Distinct hashes keep them apart.</summary>
    public static Activity Simple(string hash, DateTimeOffset? start = null, double distanceM = 10_000, Sport sport = Sport.Running)
    {
        var startTime = start ?? DefaultStart;
        var summary = new ActivitySummary(startTime, sport, null, new Distance(distanceM), new Duration(3000),
            new Duration(3010), new Duration(2990), new HeartRate(150), new HeartRate(171), 172, 55, 54,
            new Speed(distanceM / 3000), new Speed(4.6), "Test Watch", $"Run {hash}");
        var lap = new Lap(1, startTime, new Distance(distanceM), new Duration(3000), new Duration(3010),
            new HeartRate(150), new HeartRate(171), new Speed(distanceM / 3000), 172);
        return new Activity(summary, [lap], [], [], [], SampleSeries.Empty, new ActivitySource($"{hash}.fit", "fit", hash));
    }

    /// <summary>
    /// A one-hour run sampled every second with every channel, values that are not round in the stored
    /// precision's last digit, and NaN gaps (a GPS dropout, a strap that lost contact).
    /// </summary>
    public static Activity FullHour(string hash = "full-hour")
    {
        const int count = 3600;
        var start = new DateTimeOffset(2024, 3, 10, 6, 15, 0, TimeSpan.FromHours(-5));
        var builder = new SampleSeriesBuilder(count);
        var distance = 0.0;
        var random = new Random(20240310); // fixed seed: the same "noise" on every run
        for (var i = 0; i < count; i++)
        {
            builder.Append(start.ToUnixTimeMilliseconds() + i * 1000L + (i % 7 == 0 ? 3 : 0));
            // Seeded noise so the series is as irregular as a real recording (and compresses like one).
            var jitter = random.NextDouble() - 0.5;
            var speed = 3.2 + 0.4 * Math.Sin(i / 90.0) + 0.3 * jitter;
            distance += speed;
            builder.Set(SampleChannel.DistanceM, distance);
            if (i < 600 || i > 660)
            {
                builder.Set(SampleChannel.LatitudeDeg, 40.7127753 + i * 0.0000123456789 + jitter * 1e-5);
                builder.Set(SampleChannel.LongitudeDeg, -74.0059728 + i * 0.0000234567891 - jitter * 1e-5);
            }
            builder.Set(SampleChannel.AltitudeM, 12.3456 + 10 * Math.Sin(i / 300.0) + jitter);
            builder.Set(SampleChannel.SpeedMps, speed);
            if (i % 500 != 499) builder.Set(SampleChannel.HeartRateBpm, 120 + i % 55);
            builder.Set(SampleChannel.CadenceSpm, 170.5 + Math.Round(jitter * 6));
            builder.Set(SampleChannel.PowerW, 250 + Math.Round(jitter * 40));
            builder.Set(SampleChannel.TemperatureC, 18 + i / 1000.0);
            builder.Set(SampleChannel.VerticalOscillationMm, 85.2 + Math.Round(jitter * 10, 1));
            builder.Set(SampleChannel.GroundContactTimeMs, 240.4 + Math.Round(jitter * 20));
        }
        return Build(start, builder.Build(), hash);
    }

    private static Activity Build(DateTimeOffset start, SampleSeries samples, string hash)
    {
        var summary = new ActivitySummary(start, Sport.TrailRunning, "trail", new Distance(11_999.88),
            new Duration(3599.5), new Duration(3602.25), new Duration(3550.75), new HeartRate(146.4), new HeartRate(174),
            171.25, 123.4, 121.1, new Speed(3.3337), new Speed(4.81), "Forerunner 955", "Hill hour", Rpe: 6);
        Lap[] laps =
        [
            new(1, start, new Distance(6000.5), new Duration(1800), new Duration(1801), new HeartRate(140.5), new HeartRate(160), new Speed(3.3336), 170.5),
            new(2, start.AddSeconds(1801), new Distance(5999.38), new Duration(1799.5), new Duration(1801.25), new HeartRate(152.3), null, null, null),
        ];
        var km = Enumerable.Range(1, 12).Select(n => new Split(n, DistanceUnit.Kilometers,
            new Distance(n == 12 ? 999.88 : 1000), new Duration(295 + n * 0.5), new HeartRate(140 + n), n * 1.5)).ToList();
        var mi = Enumerable.Range(1, 8).Select(n => new Split(n, DistanceUnit.Miles,
            new Distance(n == 8 ? 734.47 : 1609.344), new Duration(480 + n), n == 3 ? null : new HeartRate(145 + n), null)).ToList();
        BestEffort[] efforts =
        [
            new("400m", new Distance(400), new Duration(101.5), new Duration(1200)),
            new("1k", new Distance(1000), new Duration(262.25), new Duration(1190)),
            new("1mi", new Distance(1609.344), new Duration(430), new Duration(1100)),
            new("5k", new Distance(5000), new Duration(1420.5), new Duration(900)),
            new("10k", new Distance(10000), new Duration(2950), new Duration(300)),
        ];
        return new Activity(summary, laps, km, mi, efforts, samples, new ActivitySource("hill-hour.fit", "fit", hash));
    }
}
