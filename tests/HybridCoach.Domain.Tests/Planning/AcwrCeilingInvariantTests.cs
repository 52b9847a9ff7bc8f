using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class AcwrCeilingInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new AcwrCeilingInvariant().Check(plan, HandPlans.Request()).ToList();

    private static SeasonPlan WithAcwr(DateOnly date, double? acwr)
    {
        var plan = HandPlans.Valid();
        var days = plan.Projection.Days.Select(d => d.Date == date ? d with { Acwr = acwr } : d).ToList();
        return plan with { Projection = plan.Projection with { Days = days } };
    }

    [Fact]
    public void Check_AllDaysAt1_1_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_1_304WithinDisplayTolerance_NoViolation() => Assert.Empty(Check(WithAcwr(new DateOnly(2025, 2, 4), 1.304)));

    [Fact]
    public void Check_NullAcwrInWarmUp_NoViolation() => Assert.Empty(Check(WithAcwr(new DateOnly(2025, 1, 6), null)));

    [Fact]
    public void Check_1_42AboveCeiling_ReportsDayAndMicrocycleWithFigures()
    {
        var violation = Assert.Single(Check(WithAcwr(new DateOnly(2025, 2, 4), 1.42)));

        Assert.Equal(("acwr_ceiling", 5, new DateOnly(2025, 2, 4)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-04: projected ACWR 1.42 is above the moderate ceiling 1.30", violation.Message);
    }

    [Fact]
    public void Check_NaNAcwr_Reported()
    {
        var violation = Assert.Single(Check(WithAcwr(new DateOnly(2025, 2, 4), double.NaN)));

        Assert.Contains("not a number", violation.Message);
    }
}
