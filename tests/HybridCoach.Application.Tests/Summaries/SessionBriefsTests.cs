using HybridCoach.Application.Summaries;
using HybridCoach.Application.Tests.Coaching;
using HybridCoach.Application.Tests.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class SessionBriefsTests
{
    [Fact]
    public async Task From_TheFirstHardSession_ItsMicrocycleAndDaysToTheGoalRace()
    {
        var set = await (await CoachingWorld.CreateAsync()).LatestAsync();
        var hard = set.Active.Plan.Sessions.First(s => s.Hard);
        var cycle = set.Active.Plan.Microcycles.Single(m => m.Days.Contains(hard));

        var (session, found, brief) = SessionBriefs.From(set, hard.Date);

        Assert.Same(hard, session);
        Assert.Same(cycle, found);
        Assert.Equal((cycle.Phase.ToString().ToLowerInvariant(), cycle.Focus, cycle.Recovery), (brief.Phase, brief.Focus, brief.RecoveryMicrocycle));
        Assert.Equal(("Goal half", 21_097.5), (brief.GoalRace, brief.GoalRaceDistanceM!.Value));
        Assert.Equal(PlanFixture.HalfMarathonDay.DayNumber - hard.Date.DayNumber, brief.DaysToGoalRace);
        Assert.Equal($"session:{hard.Date:yyyy-MM-dd}", brief.Reference);
        Assert.Equal((hard.DistanceM, hard.DurationS, hard.Steps.Count), (brief.Session.DistanceM, brief.Session.DurationS, brief.Session.Steps.Count));
    }

    [Fact]
    public async Task From_DayBeforeThePlan_ErrorNamesTheDate()
    {
        var set = await (await CoachingWorld.CreateAsync()).LatestAsync();

        var error = Assert.Throws<ArgumentException>(() => SessionBriefs.From(set, new DateOnly(2026, 5, 20)));

        Assert.Equal($"date 2026-05-20: outside the plan (version 1 runs from 2026-05-21 to {set.Active.Plan.End:yyyy-MM-dd})", error.Message);
    }

    [Fact]
    public async Task WeekAhead_FirstSevenDays_NonRestSessionsAndTheirDistance()
    {
        var set = await (await CoachingWorld.CreateAsync()).LatestAsync();
        var plan = set.Active.Plan;
        var first = plan.Microcycles[0];

        var ahead = WeekAheadFigures.From(plan, DistanceUnit.Kilometers, first.Start, set.Request.GoalRace)!;

        Assert.Equal((first.Phase.ToString().ToLowerInvariant(), first.Focus, first.PlannedDistanceM), (ahead.Phase, ahead.Focus, ahead.PlannedDistanceM));
        Assert.Equal(first.Days.Where(d => d.Type != SessionType.Rest).Select(d => d.Date), ahead.Sessions.Select(s => s.Date));
        Assert.Equal(("Goal half", PlanFixture.HalfMarathonDay), (ahead.NextRace, ahead.NextRaceDate!.Value));
        Assert.Null(WeekAheadFigures.From(plan, DistanceUnit.Kilometers, plan.End.AddDays(1), null));
    }
}
