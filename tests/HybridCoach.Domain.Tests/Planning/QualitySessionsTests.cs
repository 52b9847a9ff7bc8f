using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class QualitySessionsTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);

    [Fact]
    public void Build_ShrunkRacePace_HalvesShortWarmUpAndCoolDown()
    {
        var kit = SeasonPlanner.Context(PlanRequests.For(PlanRequests.FiveK, 12, RunnerType.Comeback, 9, weeklyM: 20_000),
            PlanVariant.Conservative).Kit;

        var full = QualitySessions.Build(kit, SessionType.RacePace, Day, 900, raceSpecific: true, shortWarmUp: true);
        var shrunk = QualitySessions.Build(kit, SessionType.RacePace, Day, 900, raceSpecific: true, shortWarmUp: true,
            warmUpScale: SeasonPlanner.ShrunkQualityScale);

        // Short warm-up 10 min and cool-down 5 min (product rule), halved: 5 and 2.5 min.
        Assert.Equal(600, full.Steps[0].DurationS);
        Assert.Equal(300, full.Steps[^1].DurationS);
        Assert.Equal(300, shrunk.Steps[0].DurationS);
        Assert.Equal(150, shrunk.Steps[^1].DurationS);
        Assert.Equal(StepKind.WarmUp, shrunk.Steps[0].Kind);
        Assert.True(shrunk.Hard);
        // Same main set: the 7.5 min less of easy running is the whole difference.
        var easyMPerS = 1000 / kit.Steps.Paces.Range(Intensity.Easy).Mid.SecondsPerKilometer;
        Assert.Equal(450 * easyMPerS, full.DistanceM - shrunk.DistanceM, 2.0);
    }

    [Theory]
    [InlineData(5000, 20)]
    [InlineData(10000, 12)]
    [InlineData(42195, 16)]
    public void Generate_ComebackLowVolumeConservative_TaperKeepsHardSessionAndCut(double raceM, int weeks)
    {
        var request = PlanRequests.For(raceM, weeks, RunnerType.Comeback, 9, weeklyM: 20_000);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Conservative);

        var taper = plan.Microcycles.Where(c => c.Phase == Phase.Taper).ToList();
        Assert.NotEmpty(taper);
        Assert.Contains(taper.SelectMany(c => c.Days), d => d.Type.IsHard() && d.Type != SessionType.Race);
        var peak = plan.Microcycles.Where(c => c.Phase is Phase.Base or Phase.Build or Phase.Sharpen)
            .Max(c => c.PlannedDistanceM * 7 / c.LengthDays);
        var mean = taper.Average(c => c.PlannedDistanceM * 7 / c.LengthDays);
        // Bosquet et al. 2007: taper volume 41–60 % below the peak (40–60 % with the validator's rounding).
        Assert.InRange(1 - mean / peak, 0.40 - 0.005, 0.60 + 0.005);
        Assert.All(plan.Projection.Days.Where(d => d.Acwr is not null && !RaceLoadWindow.Contains(RaceLoadWindow.All(request), d.Date)),
            d => Assert.True(d.Acwr <= plan.Settings.AcwrCeiling, $"{d.Date}: ACWR {d.Acwr:0.000}"));
    }
}
