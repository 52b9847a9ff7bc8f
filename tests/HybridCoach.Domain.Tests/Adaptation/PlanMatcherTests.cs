using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.AdaptationScenario;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>Week 1 of the scenario plan (2026-01-05..11): Mon rest, Tue strides 5.6 km, Wed–Sat easy 5.6 km, Sun long 12.0 km.</summary>
public class PlanMatcherTests
{
    private static readonly DateOnly Tue = new(2026, 1, 6), Wed = new(2026, 1, 7), Thu = new(2026, 1, 8), Sun = new(2026, 1, 11);

    private static SessionMatch On(PlanActuals actuals, DateOnly date) => actuals.Sessions.Single(s => s.Planned.Date == date);

    private static PlanActuals Match(params ActivityFact[] activities) => PlanMatcher.Match(Plan, activities, Sun, ThresholdSPerKm);

    [Fact]
    public void Match_RunOfNinetyPercent_Done()
    {
        var planned = Plan.Sessions.Single(s => s.Date == Wed);
        var actuals = Match(new ActivityFact(1, Wed, Sport.Running, planned.DistanceM * 0.9, planned.DurationS * 0.9, 30, false));
        Assert.Equal(SessionStatus.Done, On(actuals, Wed).Status);
        Assert.Equal([1L], On(actuals, Wed).ActivityIds);
    }

    [Fact]
    public void Match_RunOfHalf_Partial()
    {
        var actuals = Match(new ActivityFact(1, Wed, Sport.Running, 2800, 1000, 15, false));
        Assert.Equal(SessionStatus.Partial, On(actuals, Wed).Status);
        Assert.Equal(2800, On(actuals, Wed).ActualDistanceM);
    }

    [Fact]
    public void Match_Nothing_MissedAndRestRested()
    {
        var actuals = Match();
        Assert.Equal(SessionStatus.Missed, On(actuals, Wed).Status);
        Assert.Equal(SessionStatus.Rested, On(actuals, new DateOnly(2026, 1, 5)).Status);
    }

    [Fact]
    public void Match_RideInsteadOfRun_Replaced()
    {
        var actuals = Match(new ActivityFact(1, Wed, Sport.Cycling, 20000, 3600, 40, false));
        Assert.Equal(SessionStatus.Replaced, On(actuals, Wed).Status);
        Assert.Contains("cycling instead of the planned easy", On(actuals, Wed).Reason);
    }

    [Fact]
    public void Match_TwoRunsOnSaturday_BothToSaturdayAndSundayMissed()
    {
        var actuals = Match(new ActivityFact(1, new DateOnly(2026, 1, 10), Sport.Running, 5600, 2000, 30, false),
            new ActivityFact(2, new DateOnly(2026, 1, 10), Sport.Running, 12000, 4200, 70, false));
        // Both Saturday runs are same-kind on Saturday's own day, so both go to Saturday; Sunday is missed.
        Assert.Equal([1L, 2L], On(actuals, new DateOnly(2026, 1, 10)).ActivityIds);
        Assert.Equal(SessionStatus.Missed, On(actuals, Sun).Status);
    }

    [Fact]
    public void Match_RunOnMondayRestDayForTuesday_MovedAndDone()
    {
        var actuals = Match(new ActivityFact(7, new DateOnly(2026, 1, 5), Sport.Running, 5600, 2100, 30, false));
        Assert.Equal(SessionStatus.Done, On(actuals, Tue).Status);
        Assert.Contains("moved to 2026-01-05", On(actuals, Tue).Reason);
        Assert.Equal(SessionStatus.Rested, On(actuals, new DateOnly(2026, 1, 5)).Status);
    }

    [Fact]
    public void Match_ExtraRunAndRideAfterDoneSessions_OffPlan()
    {
        var planned = Plan.Sessions.Single(s => s.Date == Thu);
        var actuals = Match(new ActivityFact(1, Thu, Sport.Running, planned.DistanceM, planned.DurationS, 30, false),
            new ActivityFact(2, Thu, Sport.Cycling, 30000, 3600, 45, false),
            new ActivityFact(3, Wed, Sport.Running, planned.DistanceM, planned.DurationS, 30, false),
            new ActivityFact(4, Wed, Sport.Running, 3000, 1000, 10, false));
        Assert.Equal([2L], actuals.OffPlan.Select(a => a.Id));
        Assert.Equal([3L, 4L], On(actuals, Wed).ActivityIds);
        Assert.True(ActivityMatching.IsCrossTraining(actuals.OffPlan[0].Sport));
    }

    [Fact]
    public void Match_RunOnRestDayNextToDoneSessions_ReplacesTheRestDay()
    {
        var tue = Plan.Sessions.Single(s => s.Date == Tue);
        var actuals = Match(new ActivityFact(1, Tue, Sport.Running, tue.DistanceM, tue.DurationS, 30, false),
            new ActivityFact(2, new DateOnly(2026, 1, 5), Sport.Running, 8000, 2800, 40, false));
        Assert.Equal(SessionStatus.Replaced, On(actuals, new DateOnly(2026, 1, 5)).Status);
        Assert.Empty(actuals.OffPlan);
    }

    [Fact]
    public void Match_AfterAsOf_Upcoming()
    {
        var actuals = PlanMatcher.Match(Plan, [], Wed, ThresholdSPerKm);
        Assert.Equal(SessionStatus.Upcoming, On(actuals, Thu).Status);
        Assert.Single(actuals.Cycles);
    }

    [Fact]
    public void Match_HardSessionDoneEasy_Replaced()
    {
        var hills = Plan.Sessions.First(s => s.Type == SessionType.Hills);
        var actuals = PlanMatcher.Match(Plan, [new ActivityFact(1, hills.Date, Sport.Running, hills.DistanceM, hills.DurationS, 40, false)], hills.Date, ThresholdSPerKm);
        Assert.Equal(SessionStatus.Replaced, On(actuals, hills.Date).Status);
    }

    // Week 1 planned running: 5.6 × 5 + 12.0 = 40.0 km (the request's 40 km a week). Actual: 10 + 12 km runs and a
    // 60-minute ride; load 50 + 80 + 45 = 175.
    [Fact]
    public void Match_WeekOne_CycleTotals()
    {
        var actuals = Match(new ActivityFact(1, Wed, Sport.Running, 10000, 3300, 50, false),
            new ActivityFact(2, Sun, Sport.Running, 12000, 4300, 80, false),
            new ActivityFact(3, Thu, Sport.Cycling, 25000, 3600, 45, false));
        var week = Assert.Single(actuals.Cycles);
        Assert.InRange(week.PlannedDistanceM, 39_900, 40_100);
        Assert.Equal(Plan.Microcycles[0].PlannedDistanceM, week.PlannedDistanceM);
        Assert.Equal(22_000, week.ActualDistanceM);
        Assert.Equal(7600, week.ActualDurationS);
        Assert.Equal(175, week.ActualLoad);
        Assert.Equal(Plan.Microcycles[0].Days.Sum(d => PlannedLoad.Of(d, ThresholdSPerKm)), week.PlannedLoad, 6);
    }

    [Fact]
    public void Match_BadThreshold_ClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => PlanMatcher.Match(Plan, [], Sun, 0));
        Assert.Contains("threshold_s_per_km", error.Message);
    }
}
