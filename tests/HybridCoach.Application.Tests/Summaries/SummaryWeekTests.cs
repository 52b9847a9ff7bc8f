using HybridCoach.Application.Summaries;
using HybridCoach.Application.Tests.Coaching;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class SummaryWeekTests
{
    [Fact]
    public void Default_NoPlan_TheSevenDaysEndingYesterday()
    {
        Assert.Equal(new DateOnly(2026, 5, 13), SummaryWeek.Default(new DateOnly(2026, 5, 20), null));
    }

    [Fact]
    public async Task Default_PlanMicrocycleEndedThisWeek_TheMicrocycle()
    {
        var plan = (await (await CoachingWorld.CreateAsync()).LatestAsync()).Active.Plan;
        var first = plan.Microcycles[0];
        Assert.Equal((new DateOnly(2026, 5, 21), 7), (first.Start, first.LengthDays));

        // Microcycle 1 (Thu 05-21 to Wed 05-27) ended 2 days before 05-29; on 05-27 itself it is still running.
        Assert.Equal(first.Start, SummaryWeek.Default(new DateOnly(2026, 5, 29), plan));
        Assert.Equal(new DateOnly(2026, 5, 20), SummaryWeek.Default(new DateOnly(2026, 5, 27), plan));
        Assert.Equal(plan.Microcycles[1].Start, SummaryWeek.Default(new DateOnly(2026, 6, 4), plan));
    }

    [Fact]
    public void Check_WeekAfterTheAsOfDay_ErrorNamesTheOption()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => SummaryWeek.Check(new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 20)));

        Assert.Equal("--week '2026-06-01': after the as-of day 2026-05-20; a summary reviews a week that has begun", Assert.IsType<HybridCoach.Application.Errors.InvalidInputException>(error).AsOption());
    }

    [Fact]
    public void LastDay_WeekStillRunning_TheAsOfDay()
    {
        Assert.Equal(new DateOnly(2026, 5, 20), SummaryWeek.LastDay(new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 20)));
        Assert.Equal(new DateOnly(2026, 5, 17), SummaryWeek.LastDay(new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 20)));
    }
}
