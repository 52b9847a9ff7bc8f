using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class AvailableDaysInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan, PlanRequest? request = null) =>
        new AvailableDaysInvariant().Check(plan, request ?? HandPlans.Request()).ToList();

    [Fact]
    public void Check_SessionsOnlyTueWedThuSatSun_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_NoAvailableDaysGiven_AnyDayButClearDaysAllowed()
    {
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Easy(new DateOnly(2025, 1, 13), 5));

        Assert.Empty(Check(plan, HandPlans.Request(available: [])));
    }

    [Fact]
    public void Check_EasyOnAMonday_ReportsDayAndAvailableDays()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Easy(new DateOnly(2025, 1, 13), 5))));

        Assert.Equal(("available_days", 2, new DateOnly(2025, 1, 13)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-01-13 (Monday, microcycle 2): easy on a day that is not available (available: Tuesday, Wednesday, Thursday, Saturday, Sunday)",
            violation.Message);
    }

    [Fact]
    public void Check_StrengthOnAClearFriday_Reported()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Strength(new DateOnly(2025, 1, 17)))));

        Assert.Equal("2025-01-17 (Friday, microcycle 2): strength on a day kept clear; expected rest", violation.Message);
    }

    [Fact]
    public void Check_GoalRaceOnAClearDay_Exempt()
    {
        // Sundays kept clear: the long runs of weeks 1–10 are reported, the goal race on Sunday 2025-03-23 is not.
        var violations = Check(HandPlans.Valid(), HandPlans.Request(clear: [DayOfWeek.Sunday]));

        Assert.Equal(10, violations.Count);
        Assert.DoesNotContain(violations, v => v.Date == HandPlans.GoalRaceDate);
    }
}
