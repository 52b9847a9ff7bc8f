using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Racing;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class BRaceMiniTaperInvariantTests
{
    // The tune-up is on Saturday 2025-02-15 (week 6); Wed/Thu/Fri before it run 5 + 5 + 0 km against 8.52 + 8.52 + 0 km
    // on the same days of week 5.
    private static List<PlanViolation> Check(RacePriority priority, params PlannedSession[] changes)
    {
        var (plan, request) = PlanValidatorTests.SeasonWithTuneUps(priority);
        return new BRaceMiniTaperInvariant().Check(HandPlans.Replace(plan, changes), request).ToList();
    }

    [Fact]
    public void Check_10KmAgainst17_04KmAndNoHard_NoViolation() => Assert.Empty(Check(RacePriority.B));

    [Fact]
    public void Check_ThreeDaysNotLighter_ReportsBothFigures()
    {
        var violation = Assert.Single(Check(RacePriority.B,
            HandPlans.Easy(new DateOnly(2025, 2, 12), 9), HandPlans.Easy(new DateOnly(2025, 2, 13), 9)));

        Assert.Equal(("b_race_mini_taper", 6, new DateOnly(2025, 2, 12)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("the 3 days before the B race 'Winter 10K' on 2025-02-15 run 18.0 km, not less than the same days one microcycle "
            + "earlier (17.04 km from 2025-02-05); a B race gets a mini-taper", violation.Message);
    }

    [Fact]
    public void Check_TempoTwoDaysBefore_ReportsTheHardDay()
    {
        var violation = Assert.Single(Check(RacePriority.B, HandPlans.Tempo(new DateOnly(2025, 2, 13))));

        Assert.Equal((6, new DateOnly(2025, 2, 13)), (violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-13: tempo is hard 2 day(s) before the B race 'Winter 10K' on 2025-02-15; no hard session in the 2 days before a B race",
            violation.Message);
    }

    [Fact]
    public void Check_CRaceTrainedThrough_NothingChecked()
    {
        Assert.Empty(Check(RacePriority.C, HandPlans.Easy(new DateOnly(2025, 2, 12), 9), HandPlans.Tempo(new DateOnly(2025, 2, 13))));
    }
}
