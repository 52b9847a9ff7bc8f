using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class HardDaysApartInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new HardDaysApartInvariant().Check(plan, HandPlans.Request()).ToList();

    [Fact]
    public void Check_ValidPlan_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_TuesdayAndWednesdayTempo_ReportsWednesday()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Tempo(new DateOnly(2025, 2, 5)))));

        Assert.Equal(("hard_days_apart", 5, new DateOnly(2025, 2, 5)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-04 tempo then 2025-02-05 tempo (microcycle 5): hard sessions on consecutive days; an easy or rest day must separate them",
            violation.Message);
    }

    [Fact]
    public void Check_SundayThenMondayAcrossMicrocycles_Reported()
    {
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Tempo(new DateOnly(2025, 2, 9)), HandPlans.Tempo(new DateOnly(2025, 2, 10)),
            HandPlans.Easy(new DateOnly(2025, 2, 11), 9));

        var violation = Assert.Single(Check(plan));

        Assert.Equal((6, new DateOnly(2025, 2, 10)), (violation.MicrocycleIndex, violation.Date));
        Assert.StartsWith("2025-02-09 tempo then 2025-02-10 tempo (microcycle 6)", violation.Message);
    }

    [Fact]
    public void Check_RaceThenHardNextDay_Reported()
    {
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Race(new DateOnly(2025, 2, 15), 10, 2500), HandPlans.Tempo(new DateOnly(2025, 2, 16)));

        var violation = Assert.Single(Check(plan));

        Assert.StartsWith("2025-02-15 race then 2025-02-16 tempo", violation.Message);
    }
}
