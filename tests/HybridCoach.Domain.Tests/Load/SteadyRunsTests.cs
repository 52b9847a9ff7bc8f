using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class SteadyRunsTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(LoadTestData.Start.DateTime);

    // One hour at 3.0 m/s (180 m/min); the second half's HR is given.
    private static Activity HourRun(double secondHalfHr, double secondHalfSpeed = 3.0, long id = 7) =>
        LoadTestData.Activity(LoadTestData.Summary(timerS: 3600, distanceM: 10_000),
            LoadTestData.Samples(3600, i => i < 1800 ? 3.0 : secondHalfSpeed, i => i < 1800 ? 150 : secondHalfHr)) with { Id = id };

    // Pa:HR (Friel; GoldenCheetah): 100 × (1 − ratio₂/ratio₁) = 100 × (1 − 150/157.5) = 4.762 % — a 5 % HR rise is
    // 4.76 % decoupling, not 5; EF = 180 m/min ÷ 153.75 bpm (time-weighted mean HR) = 1.170732.
    [Fact]
    public void Measure_HeartRateRisesFivePercentAtSameSpeed_Gives4Point762PercentAndEfOfSpeedOverHr()
    {
        var run = SteadyRuns.Measure(HourRun(157.5))!;

        Assert.Equal(100 * (1 - 150 / 157.5), run.DecouplingPercent, 9);
        Assert.Equal(4.762, run.DecouplingPercent, 3);
        Assert.Equal(180 / 153.75, run.EfficiencyFactor, 9);
        Assert.Equal(180, run.MeanSpeedMPerMin, 9);
        Assert.Equal(153.75, run.MeanHeartRateBpm, 9);
        Assert.Equal(1.2, run.FirstHalfRatio, 9);
        Assert.Equal(3600, run.MovingTimeS, 9);
        Assert.Equal(7, run.ActivityId);
        Assert.False(run.AboveAerobicLimit);
    }

    // Same HR, second half 5 % slower (2.85 m/s): the speed÷HR ratio falls by exactly 5.0 %.
    [Fact]
    public void Measure_SpeedFallsFivePercentAtSameHeartRate_GivesFivePercent()
    {
        var run = SteadyRuns.Measure(HourRun(150, secondHalfSpeed: 2.85))!;

        Assert.Equal(5.0, run.DecouplingPercent, 9);
        Assert.Equal((180 + 171) / 2.0 / 150, run.EfficiencyFactor, 9);
    }

    [Fact]
    public void Measure_ShorterThanTwentyMinutes_IsNull()
    {
        var shortRun = LoadTestData.Activity(LoadTestData.Summary(timerS: 1000), LoadTestData.Samples(1000, _ => 3.0, _ => 150));

        Assert.Null(SteadyRuns.Measure(shortRun));
    }

    // Threshold 4:25/km = 3.774 m/s: 3.0 m/s is 79.5 % of it (Skiba zone 1, easy); 3.7 m/s is zone 4 (hard).
    [Fact]
    public void Find_WithPaceZones_KeepsOnlyRunsAtEasyPaceInTheRange()
    {
        var zones = PaceZones.FromThreshold(new Pace(265));
        Activity[] activities =
        [
            HourRun(157.5, id: 1),
            LoadTestData.Activity(LoadTestData.Summary(timerS: 3600), LoadTestData.Samples(3600, _ => 3.7, _ => 170)) with { Id = 2 },
            LoadTestData.Activity(LoadTestData.Summary(Sport.Cycling, timerS: 3600), LoadTestData.Samples(3600, _ => 3.0, _ => 150)) with { Id = 3 },
        ];

        var withZones = SteadyRuns.Find(activities, Day, Day, zones);
        var withoutZones = SteadyRuns.Find(activities, Day, Day);
        var outsideRange = SteadyRuns.Find(activities, Day.AddDays(1), Day.AddDays(5), zones);

        Assert.Equal([1L], withZones.Select(r => r.ActivityId));
        Assert.Equal([1L, 2L], withoutZones.Select(r => r.ActivityId));
        Assert.Empty(outsideRange);
    }
}
