using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class EasyShareInvariantTests
{
    // One base week: Tue tempo (2650 s, 1350 s of it at z4) and Wed easy 4 km (1300 s): easy = 2600 / 3950 s = 65.8 %.
    private static SeasonPlan HardWeek(params PlannedSession[] extra)
    {
        var start = HandPlans.Start;
        var days = Enumerable.Range(0, 7).Select(i => HandPlans.Rest(start.AddDays(i))).ToList();
        days[1] = HandPlans.Tempo(start.AddDays(1));
        days[2] = HandPlans.Easy(start.AddDays(2), 4);
        foreach (var session in extra) days[session.Date.DayNumber - start.DayNumber] = session;
        return HandPlans.Plan([new Microcycle(1, Phase.Build, start, "build", false, days)]);
    }

    [Fact]
    public void Check_ValidPlan_NoViolation() => Assert.Empty(new EasyShareInvariant().Check(HandPlans.Valid(), HandPlans.Request()));

    [Fact]
    public void Check_65_8PercentEasy_ReportsShareAndHours()
    {
        var violation = Assert.Single(new EasyShareInvariant().Check(HardWeek(), HandPlans.Request()));

        Assert.Equal(("easy_share", null, HandPlans.Start), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("microcycles 1–1 (base, build, sharpen): 65.8 % of 1.1 h running is easy; at least 75.0 % required (aim ≈ 80 %)",
            violation.Message);
    }

    [Fact]
    public void Check_LowerMinimum_NoViolation() => Assert.Empty(new EasyShareInvariant(0.65).Check(HardWeek(), HandPlans.Request()));

    [Fact]
    public void Check_UnsteppedEasySessionsCountWhole_RaisesShare()
    {
        // + Thu easy 3600 s and Sat run-walk 1800 s without steps: (2600 + 5400) / (3950 + 5400) = 85.6 %.
        var plan = HardWeek(HandPlans.Unstepped(HandPlans.Start.AddDays(3), SessionType.Easy, 11, 3600),
            HandPlans.Unstepped(HandPlans.Start.AddDays(5), SessionType.RunWalk, 5, 1800));

        Assert.Empty(new EasyShareInvariant().Check(plan, HandPlans.Request()));
        Assert.Single(new EasyShareInvariant(0.87).Check(plan, HandPlans.Request()));
    }

    [Fact]
    public void Check_UnsteppedRaceCountsHard_LowersShare()
    {
        // + Thu easy 3600 s and Sat race 3000 s: (2600 + 3600) / (3950 + 6600) = 58.8 %.
        var plan = HardWeek(HandPlans.Unstepped(HandPlans.Start.AddDays(3), SessionType.Easy, 11, 3600),
            HandPlans.Race(HandPlans.Start.AddDays(5), 10, 3000));

        var violation = Assert.Single(new EasyShareInvariant().Check(plan, HandPlans.Request()));
        Assert.Contains("58.8 % of 2.9 h", violation.Message);
    }

    [Fact]
    public void Check_TaperAndRaceWeeksExcluded_OnlyTrainingPhasesCount()
    {
        var plan = HardWeek();
        plan = plan with { Microcycles = [plan.Microcycles[0] with { Phase = Phase.Taper }] };

        Assert.Empty(new EasyShareInvariant().Check(plan, HandPlans.Request()));
    }

    [Fact]
    public void Of_RepeatsAndRecoveryJogs_SplitsTime()
    {
        // 5 × (1000 m at z5 mid 4:00/km = 240 s, 90 s recovery jog): 1200 s hard, 450 s easy.
        var z5 = new PaceRange(new Units.Pace(235), new Units.Pace(245));
        var session = new PlannedSession(HandPlans.Start, SessionType.Vo2Intervals, 5000, 1650,
        [
            SessionStep.Repeat(5, "5 × 1000 m",
                new SessionStep(StepKind.Active, 1000, null, z5, "z5", "1000 m"),
                new SessionStep(StepKind.Recovery, null, 90, null, null, "jog")),
        ], "z5", "VO2max", []);

        var (easyS, totalS) = EasyTime.Of(session, HybridCoach.Domain.Performance.PaceZones.FromThreshold(HandPlans.Threshold));

        Assert.Equal((450, 1650), (easyS, totalS));
    }
}
