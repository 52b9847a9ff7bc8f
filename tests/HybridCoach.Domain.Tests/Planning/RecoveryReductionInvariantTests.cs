using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class RecoveryReductionInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new RecoveryReductionInvariant().Check(plan, HandPlans.Request()).ToList();

    private static SeasonPlan WithWeek4(double km) =>
        HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(4, Phase.Base, new DateOnly(2025, 1, 27), km, recovery: true));

    [Fact]
    public void Check_25PercentLessNoHard_NoViolation() => Assert.Empty(Check(HandPlans.Valid())); // 48 → 36, 56 → 42

    [Theory]
    [InlineData(38.4)] // 20 % less
    [InlineData(33.6)] // 30 % less
    public void Check_AtTheBandEdges_NoViolation(double km) => Assert.Empty(Check(WithWeek4(km)));

    [Theory]
    [InlineData(44, "44.0 km in 7 days is 8.3 % less per day than microcycle 3's 48.0 km")]
    [InlineData(30, "30.0 km in 7 days is 37.5 % less per day than microcycle 3's 48.0 km")]
    public void Check_OutsideTheBand_ReportsMicrocycleWithFigures(double km, string figures)
    {
        var violation = Assert.Single(Check(WithWeek4(km)));

        Assert.Equal(("recovery_reduction", 4, new DateOnly(2025, 1, 27)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Contains(figures, violation.Message);
        Assert.EndsWith("expected 20–30 % less", violation.Message);
    }

    [Fact]
    public void Check_HardSessionInRecoveryWeek_ReportsItsDate()
    {
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Tempo(new DateOnly(2025, 1, 28)));

        var violation = Assert.Single(Check(plan));

        Assert.Equal((4, new DateOnly(2025, 1, 28)), (violation.MicrocycleIndex, violation.Date));
        Assert.Equal("recovery microcycle 4: tempo on 2025-01-28 is a hard session; a recovery microcycle has none", violation.Message);
    }
}
