using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class PlanProjectorTests
{
    // rTSS definition (science.md §6): one hour at threshold pace is 100; 30 min at IF 0.9 is 40.5 (me-create.com example).
    [Fact]
    public void PlannedLoad_HourAtThreshold_Is100()
    {
        var threshold = new PaceRange(new Pace(265), new Pace(275));
        var oneHour = new SessionStep(StepKind.Active, null, 3600, threshold, "z4", "threshold hour");
        var session = SessionKit.Make(new DateOnly(2026, 1, 1), SessionType.Tempo, [oneHour], "z4", "test");

        Assert.Equal(100, PlannedLoad.Of(session, 270), 6);
        var easy = new SessionStep(StepKind.Active, null, 1800, new PaceRange(new Pace(295), new Pace(305)), "z2", "easy");
        Assert.Equal(40.5, PlannedLoad.Of(SessionKit.Make(new DateOnly(2026, 1, 1), SessionType.Easy, [easy], "z2", "t"), 270), 6);
    }

    [Fact]
    public void Project_PlanWithHistory_CurvesSeededFromHistory()
    {
        var request = PlanRequests.For(21097.5, 12);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);
        var projection = plan.Projection;

        Assert.Equal(plan.Microcycles.Select(m => m.PlannedDistanceM), projection.CycleDistanceM);
        Assert.Equal(plan.End.DayNumber - plan.Start.DayNumber + 1, projection.Days.Count);
        Assert.Equal(plan.Start, projection.Days[0].Date);
        // 42 days of history before the start: the ratio is defined from day 1 and chronic load is already built.
        Assert.NotNull(projection.Days[0].Acwr);
        Assert.True(projection.Days[0].ChronicLoad > 20, $"{projection.Days[0].ChronicLoad}");
        var threshold = request.Fitness.ThresholdPace.SecondsPerKilometer;
        Assert.All(projection.Days, d => Assert.Equal(PlannedLoad.Of(plan.Sessions.Single(s => s.Date == d.Date), threshold), d.Load, 9));
    }

    [Fact]
    public void Project_NoHistory_RatioWaitsFor28Days()
    {
        var request = PlanRequests.For(10000, 12) is var r ? r with { Fitness = r.Fitness with { HistoryLoads = [] } } : null!;
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        Assert.All(plan.Projection.Days.Take(27), d => Assert.Null(d.Acwr));
        Assert.NotNull(plan.Projection.Days[27].Acwr);
    }
}
