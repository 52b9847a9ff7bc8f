using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class RaceOnDateInvariantTests
{
    private static readonly RaceEntry CRace = new(new DateOnly(2025, 2, 15), "Club 10K", Distance.FromKilometers(10), RacePriority.C);

    private static List<PlanViolation> Check(SeasonPlan plan, PlanRequest? request = null) =>
        new RaceOnDateInvariant().Check(plan, request ?? HandPlans.Request()).ToList();

    [Fact]
    public void Check_GoalRaceOnItsDate_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_GoalRaceDayIsALongRun_Reported()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(HandPlans.GoalRaceDate, 21))));

        Assert.Equal(("race_on_date", 11, HandPlans.GoalRaceDate), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("A race 'Spring Half' on 2025-03-23: the plan has long that day, not a race", violation.Message);
    }

    [Fact]
    public void Check_CRaceMissing_Reported()
    {
        var violation = Assert.Single(Check(HandPlans.Valid(), HandPlans.Request(otherRaces: [CRace])));

        Assert.Equal((6, CRace.Date), (violation.MicrocycleIndex, violation.Date));
        Assert.Equal("C race 'Club 10K' on 2025-02-15: the plan has easy that day, not a race", violation.Message);
    }

    [Fact]
    public void Check_RaceOnAnUnrequestedDate_Reported()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Race(CRace.Date, 10, 2500))));

        Assert.Equal("2025-02-15 (microcycle 6) is a race session, but no requested race is on that date", violation.Message);
    }

    [Fact]
    public void Check_GoalRaceAfterThePlan_Reported()
    {
        var late = new RaceEntry(new DateOnly(2025, 4, 6), "Late Half", Distance.FromKilometers(21.0975), RacePriority.A);

        var violations = Check(HandPlans.Valid(), HandPlans.Request(goal: late));

        Assert.Equal("goal race 'Late Half' on 2025-04-06 is outside the plan (2025-01-06 to 2025-03-23)", violations[0].Message);
        Assert.Equal("2025-03-23 (microcycle 11) is a race session, but no requested race is on that date", violations[1].Message);
    }

    [Fact]
    public void Check_OtherRaceOutsideThePlan_Ignored()
    {
        var autumn = new RaceEntry(new DateOnly(2025, 9, 14), "Autumn 10K", Distance.FromKilometers(10), RacePriority.B);

        Assert.Empty(Check(HandPlans.Valid(), HandPlans.Request(otherRaces: [autumn])));
    }
}
