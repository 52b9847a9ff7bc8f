using BenchmarkDotNet.Attributes;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Benchmarks;

/// <summary>
/// Issue 5's benchmark: a 24-week marathon season (7-day microcycles, strength on, a B and a C race, 6 weeks of
/// history) generated in all three variants — phases, every session, the ACWR-repair loop and the projected curves.
/// Target: under 20 ms.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class PlanBenchmarks
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private PlanRequest _request = null!;

    [GlobalSetup]
    public void BuildRequest()
    {
        var threshold = new Pace(270);
        var history = new List<DatedLoad>();
        for (var day = -42; day < 0; day++)
            if (day % 7 != 0) history.Add(DatedLoad.Run(Start.AddDays(day), 55, 7500, 2400));
        var fitness = new AthleteFitness(45_000, 16_000, threshold, 48, null, history);
        var goal = new RaceEntry(Start.AddDays(24 * 7 - 1), "Marathon", new Distance(42195), RacePriority.A);
        RaceEntry[] others =
        [
            new(Start.AddDays(12 * 7 - 1), "Half", new Distance(21097.5), RacePriority.B),
            new(Start.AddDays(6 * 7 - 2), "Parkrun", new Distance(5000), RacePriority.C),
        ];
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        _request = new PlanRequest(fitness, goal, new Duration(3 * 3600 + 25 * 60), others, Start, 7, days, DayOfWeek.Sunday, [],
            true, [Equipment.Dumbbells], RunnerType.Marathoner, DistanceUnit.Kilometers, false);
    }

    [Benchmark]
    public int TwentyFourWeeksAllVariants() => SeasonPlanner.GenerateAll(_request).Sum(p => p.Microcycles.Count);
}
