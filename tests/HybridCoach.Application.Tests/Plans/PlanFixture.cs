using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Tests.Plans;

/// <summary>
/// A constructed athlete for the plan tests: threshold pace 4:22/km (262 s/km), LTHR 171, available Tue–Sun, long
/// run Sunday, Monday kept clear; six weeks of runs before the as-of date 2026-05-20 (a Wednesday).
/// </summary>
internal sealed class PlanFixture
{
    public static readonly DateOnly AsOf = new(2026, 5, 20);
    public static readonly DateOnly HalfMarathonDay = new(2026, 8, 9);

    public InMemoryActivityStore Activities { get; } = new();
    public InMemoryPlanWorld World { get; } = new();

    public static AthleteProfile Profile(double? thresholdSPerKm = 262, int? trainingAge = 6) => new("Test Runner", 1988, Sex.Male, 70, 188, 48, 171,
        thresholdSPerKm, trainingAge, [], [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
        DayOfWeek.Sunday, [DayOfWeek.Monday], DistanceUnit.Kilometers);

    public async Task<long> RunAsync(DateOnly day, double km, double minutes, BestEffort? effort = null)
    {
        var activity = ManualActivityFactory.Build(new ManualActivityEntry(day, Distance.FromKilometers(km), new Duration(minutes * 60)));
        return await Activities.AddAsync(effort is null ? activity : activity with { BestEfforts = [effort] });
    }

    public Task<long> RaceAsync(DateOnly day, string name, double km, RacePriority priority) =>
        World.AddAsync(new RaceEntry(day, name, Distance.FromKilometers(km), priority));

    public BuildPlanRequest Builder() => new(Activities, World, World, new ComputeMetrics(Activities));

    public GeneratePlans Generator(DateTimeOffset now) => new(Builder(), World, new FixedClock(now));
}
