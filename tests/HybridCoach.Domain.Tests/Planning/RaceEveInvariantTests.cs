using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Racing;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class RaceEveInvariantTests
{
    private static readonly DateOnly Eve = new(2025, 3, 22);

    private static List<PlanViolation> Check(SeasonPlan plan, PlanRequest? request = null) =>
        new RaceEveInvariant().Check(plan, request ?? HandPlans.Request()).ToList();

    [Fact]
    public void Check_ShakeoutOf21Minutes_NoViolation() => Assert.Empty(Check(HandPlans.Valid())); // 4 km at 5:25/km = 1300 s

    [Fact]
    public void Check_RestOnTheEve_NoViolation() => Assert.Empty(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Rest(Eve))));

    [Fact]
    public void Check_EasyOf43Minutes_ReportsEveWithDuration()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Easy(Eve, 8))));

        Assert.Equal(("race_eve", 11, Eve), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-03-22, the day before the race on 2025-03-23: easy of 43:20; expected rest or a shakeout (easy, at most 30:00, not hard)",
            violation.Message);
    }

    [Fact]
    public void Check_ShortTempoOnTheEve_Reported()
    {
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Unstepped(Eve, SessionType.Tempo, 4, 1200))));

        Assert.Contains("tempo of 20:00", violation.Message);
    }

    [Fact]
    public void Check_StrengthBeforeAnOtherRace_Reported()
    {
        var cRace = new RaceEntry(new DateOnly(2025, 2, 15), "Club 10K", Units.Distance.FromKilometers(10), RacePriority.C);
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Race(cRace.Date, 10, 2500), HandPlans.Strength(new DateOnly(2025, 2, 14)));

        var violation = Assert.Single(Check(plan, HandPlans.Request(otherRaces: [cRace])));

        Assert.Equal((6, new DateOnly(2025, 2, 14)), (violation.MicrocycleIndex, violation.Date));
        Assert.Contains("the day before the race on 2025-02-15: strength of 30:00", violation.Message);
    }
}
