using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using Xunit;
using static HybridCoach.Domain.Tests.Load.IntensityTestData;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>Synthetic easy runs (40 min at 3.0 m/s = 5:33/km, pace zone 1 for a 4:00/km threshold) every other day.</summary>
public class EasyPaceHeartRateTrendTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    private static List<Activity> EasyRuns(int count, Func<int, double> heartRateOnDay)
    {
        var runs = new List<Activity>();
        for (var i = 0; i < count; i++)
        {
            var daysBefore = 2 * i;
            runs.Add(Run(AsOf.AddDays(-daysBefore), Samples(Minutes(40, 1, 3.0, heartRateOnDay(-daysBefore)))));
        }
        return runs;
    }

    [Fact]
    public void Compute_HeartRateRising1BpmPerWeek_Gives4BpmPer28Days()
    {
        var trend = EasyPaceHeartRateTrend.Compute(EasyRuns(30, day => 150 + day / 7.0), PaceZones, AsOf);
        Assert.NotNull(trend);
        Assert.Equal(4.0, trend.SlopeBpmPer28Days, 6);
        Assert.Equal(150.0, trend.FittedHeartRateBpmAtAsOf, 6);
        Assert.Equal(30, trend.RunCount);
    }

    [Fact]
    public void Compute_FlatHeartRate_GivesZeroSlope()
    {
        var trend = EasyPaceHeartRateTrend.Compute(EasyRuns(30, _ => 142), PaceZones, AsOf);
        Assert.Equal(0.0, trend!.SlopeBpmPer28Days, 9);
    }

    [Fact]
    public void Compute_FewerThanMinimumRuns_IsNull()
    {
        Assert.Null(EasyPaceHeartRateTrend.Compute(EasyRuns(5, _ => 142), PaceZones, AsOf));
    }

    [Fact]
    public void Compute_RunsOutsideWindowAndHardRuns_AreNotUsed()
    {
        var runs = EasyRuns(50, day => 150 + day / 7.0);
        runs.Add(Run(AsOf.AddDays(-1), Samples(Minutes(40, 1, 4.2, 175))));
        runs.Add(Run(AsOf.AddDays(1), Samples(Minutes(40, 1, 3.0, 190))));
        var trend = EasyPaceHeartRateTrend.Compute(runs, PaceZones, AsOf);
        Assert.Equal(42, trend!.RunCount);
        Assert.Equal(4.0, trend.SlopeBpmPer28Days, 6);
    }

    [Fact]
    public void EasyRun_MixedRun_AveragesHeartRateOfEasyPaceSamplesOnly()
    {
        var run = Run(AsOf, Samples(Minutes(30, 1, 3.0, 140), Minutes(5, 1, 4.2, 170), Minutes(10, 1, 3.5, 150)));
        var point = EasyPaceHeartRateTrend.EasyRun(run, PaceZones)!;
        Assert.Equal(40 * 60, point.EasyTimeS, 9);
        Assert.Equal((30 * 140 + 10 * 150) / 40.0, point.EasyHeartRateBpm, 9);
        Assert.Equal((30 * 3.0 + 10 * 3.5) / 40.0, point.EasySpeedMps, 9);
    }

    [Fact]
    public void EasyRun_ReferenceSpeed_ScalesHeartRateByEfficiencyFactor()
    {
        var run = Run(AsOf, Samples(Minutes(30, 1, 3.3, 154)));
        var point = EasyPaceHeartRateTrend.EasyRun(run, PaceZones, new EasyPaceTrendSettings { ReferenceSpeedMps = 3.0 })!;
        Assert.Equal(140.0, point.TrendHeartRateBpm, 9);
    }

    [Fact]
    public void Compute_MinimumRunsBelowTwo_ThrowsNamingSetting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            EasyPaceHeartRateTrend.Compute(EasyRuns(10, _ => 140), PaceZones, AsOf, new EasyPaceTrendSettings { MinimumRuns = 1 }));
        Assert.Contains("MinimumRuns", error.Message);
    }
}
