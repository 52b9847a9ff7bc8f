using BenchmarkDotNet.Attributes;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Domain.Load;

namespace HybridCoach.Benchmarks.Science;

/// <summary>
/// Issue 3's benchmark: every daily series (<see cref="DailyMetricsCalculator.Compute"/> over the whole range:
/// load, the three workload ratios, chronic/acute load and form, monotony, strain, weekly distance and time,
/// streaks) for an athlete with 10 years of history, ≈5,000 activities, once they are loaded. Target: under 50 ms.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class DailySeriesBenchmarks
{
    public const int Years = 10;
    public const int ActivityCount = 5000;

    private static readonly DateOnly FirstDay = new(2015, 1, 1);

    private List<DatedLoad> _entries = [];
    private DateOnly _lastDay;

    [GlobalSetup]
    public void BuildHistory()
    {
        _lastDay = FirstDay.AddYears(Years).AddDays(-1);
        _entries = SyntheticHistory(FirstDay, _lastDay, ActivityCount, seed: 20150101);
    }

    [Benchmark]
    public int AllDailySeries() =>
        DailyMetricsCalculator.Compute(_entries, FirstDay, _lastDay, asOf: _lastDay).Count;

    /// <summary>
    /// <paramref name="count"/> activities spread over the days (some days two), deterministic for a seed:
    /// mostly runs of 30–120 min at 4:30–6:30 /km with a load of roughly one point a minute, one in eight a
    /// cross-training session. Listed in date order, as the store returns them.
    /// </summary>
    public static List<DatedLoad> SyntheticHistory(DateOnly first, DateOnly last, int count, int seed)
    {
        var random = new Random(seed);
        var days = last.DayNumber - first.DayNumber + 1;
        var entries = new List<DatedLoad>(count);
        for (var i = 0; i < count; i++)
        {
            var day = first.AddDays((int)((long)i * days / count));
            var timeS = 1800 + random.Next(5400);
            var load = timeS / 60.0 * (0.7 + 0.6 * random.NextDouble());
            if (random.Next(8) == 0)
            {
                entries.Add(new DatedLoad(day, load, 0, 0, timeS));
                continue;
            }
            var paceSPerKm = 270 + random.Next(120);
            entries.Add(DatedLoad.Run(day, load, timeS * 1000.0 / paceSPerKm, timeS));
        }
        return entries;
    }
}
