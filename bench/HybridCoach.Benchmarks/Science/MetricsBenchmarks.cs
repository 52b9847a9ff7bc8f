using BenchmarkDotNet.Attributes;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Benchmarks.Science;

/// <summary>
/// `coach metrics` end to end on its SQLite file: 10 years, 5,000 activities (the same days and loads as
/// <see cref="DailySeriesBenchmarks"/>), the runs of the last 120 days with 1 s samples (speed, HR), a full
/// profile (so rss, the weekly intensity distribution, the easy-pace HR trend and steady runs are all
/// computed). Loads are stored once in set-up, as after the first `coach metrics`; each call lists the
/// summaries, reads the stored loads, and loads full activities only for the samples it needs.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class MetricsBenchmarks
{
    private const int SampledDays = 120;
    private static readonly DateOnly FirstDay = new(2015, 1, 1);
    private static readonly LoadProfile Profile = new(new HeartRate(48), new HeartRate(188), new HeartRate(165), new Pace(265), TrimpCoefficients.Men);

    private string _folder = "";
    private SqliteActivityStore? _store;
    private SqliteActivityLoadStore? _loads;
    private DateOnly _lastDay;

    [GlobalSetup]
    public void BuildHistory()
    {
        _lastDay = FirstDay.AddYears(DailySeriesBenchmarks.Years).AddDays(-1);
        _folder = Directory.CreateTempSubdirectory("hc-metrics-bench").FullName;
        var path = Path.Combine(_folder, "hybridcoach.db");
        _store = SqliteActivityStore.Open(path);
        _loads = SqliteActivityLoadStore.Open(path);
        var entries = DailySeriesBenchmarks.SyntheticHistory(FirstDay, _lastDay, DailySeriesBenchmarks.ActivityCount, seed: 20150101);
        var minute = 0;
        foreach (var entry in entries)
        {
            var activity = Build(entry, minute++ % 600);
            _store.AddAsync(activity).GetAwaiter().GetResult();
        }
        _ = Compute(); // stores every activity's loads, as the first `coach metrics` does
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        _loads?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int ComputeMetricsStoredLoads() => Compute().Days.Count;

    private MetricsReport Compute() =>
        new ComputeMetrics(_store!, _loads!).ComputeAsync(new MetricsRequest(Profile, _lastDay)).GetAwaiter().GetResult();

    private Activity Build(DatedLoad entry, int startMinute)
    {
        var isRun = entry.RunTimeS > 0;
        var manual = ManualActivityFactory.Build(new ManualActivityEntry(entry.Day, new Distance(entry.RunDistanceM), new Duration(entry.TimeS),
            isRun ? Sport.Running : Sport.Cycling, new TimeOnly(6, 0).AddMinutes(startMinute), new HeartRate(140)));
        return isRun && entry.Day.DayNumber > _lastDay.DayNumber - SampledDays
            ? manual with { Samples = Samples(manual.Summary.StartTime, entry.TimeS, entry.RunDistanceM / entry.RunTimeS) }
            : manual;
    }

    private static SampleSeries Samples(DateTimeOffset start, double seconds, double speedMps)
    {
        var builder = new SampleSeriesBuilder();
        var distance = 0.0;
        for (var t = 0; t <= (int)seconds; t++)
        {
            builder.Append(start.ToUnixTimeMilliseconds() + t * 1000L);
            builder.Set(SampleChannel.DistanceM, distance);
            builder.Set(SampleChannel.SpeedMps, speedMps);
            builder.Set(SampleChannel.HeartRateBpm, 135 + 10 * t / seconds);
            distance += speedMps;
        }
        return builder.Build();
    }
}
