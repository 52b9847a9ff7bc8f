using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class RecoveryRhythmInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new RecoveryRhythmInvariant().Check(plan, HandPlans.Request()).ToList();

    [Fact]
    public void Check_ThreeLoadingThenRecovery_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_Week4NotRecovery_ReportsOnceAtMicrocycle4()
    {
        // Weeks 1–7 are then all loading; the run is reported once, where it passes the limit of 3.
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(4, Phase.Base, new DateOnly(2025, 1, 27), 36));

        var violation = Assert.Single(Check(plan));

        Assert.Equal(("recovery_rhythm", 4, new DateOnly(2025, 1, 27)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("microcycles 1–4: 4 loading microcycles in a row without a recovery microcycle; at most 3 allowed", violation.Message);
    }

    [Fact]
    public void Check_RecoveryEvery4_AllowsFourInARow()
    {
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(HandPlans.Settings with { RecoveryEvery = 4 }),
            HandPlans.Week(4, Phase.Base, new DateOnly(2025, 1, 27), 36));

        var violation = Assert.Single(Check(plan));

        Assert.Equal(5, violation.MicrocycleIndex);
        Assert.Contains("microcycles 1–5: 5 loading", violation.Message);
    }

    [Fact]
    public void Check_TaperAndRaceCycles_EndTheRun()
    {
        // Week 9 (sharpen), then taper and race: without the taper reset weeks 9–11 would be counted.
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(8, Phase.Sharpen, new DateOnly(2025, 2, 24), 42));

        var violation = Assert.Single(Check(plan));

        Assert.Equal(8, violation.MicrocycleIndex);
        Assert.Contains("microcycles 5–8", violation.Message);
    }
}
