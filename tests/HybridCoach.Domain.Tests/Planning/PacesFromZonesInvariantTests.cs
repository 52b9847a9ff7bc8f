using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class PacesFromZonesInvariantTests
{
    private static readonly DateOnly Wednesday = new(2025, 2, 5);

    private static List<PlanViolation> Check(SeasonPlan plan, PlanRequest? request = null) =>
        new PacesFromZonesInvariant().Check(plan, request ?? HandPlans.Request()).ToList();

    private static SeasonPlan WithStep(double fastS, double slowS, string? zoneId) =>
        HandPlans.Replace(HandPlans.Valid(), HandPlans.Steady(Wednesday, SessionType.Easy, 8, new PaceRange(new Pace(fastS), new Pace(slowS)), zoneId));

    [Fact]
    public void Check_AllStepsInsideTheirZones_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_WholeZone2WithinOneSecond_NoViolation() => Assert.Empty(Check(WithStep(310, 338, "z2"))); // z2 310.3–337.5

    [Fact]
    public void Check_TooFastForZone2_ReportsPaceZoneAndThreshold()
    {
        var violation = Assert.Single(Check(WithStep(300, 320, "z2")));

        Assert.Equal(("paces_from_zones", 5, Wednesday), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-05 easy step '8 km steady' (microcycle 5): pace 5:00/km–5:20/km is outside Z2 Endurance: 5:10/km – 5:38/km "
            + "(threshold 4:30/km)", violation.Message);
    }

    [Fact]
    public void Check_TooSlowForZone4_Reported()
    {
        var violation = Assert.Single(Check(WithStep(270, 290, "z4"))); // z4 257.1–284.2

        Assert.Contains("pace 4:30/km–4:50/km is outside Z4 Threshold: 4:17/km – 4:44/km", violation.Message);
    }

    [Fact]
    public void Check_OpenEndedZone1_OnlyFastBoundChecked() => Assert.Empty(Check(WithStep(340, 420, "z1")));

    [Fact]
    public void Check_PaceWithoutZone_Reported()
    {
        var violation = Assert.Single(Check(WithStep(315, 335, null)));

        Assert.EndsWith("pace 5:15/km–5:35/km names no zone", violation.Message);
    }

    [Fact]
    public void Check_OtherZoneIds_NotChecked() => Assert.Empty(Check(WithStep(200, 210, "daniels_t")));

    [Fact]
    public void Check_ZeroThresholdPace_ReportedOnce()
    {
        var request = HandPlans.Request() with { Fitness = HandPlans.Request().Fitness with { ThresholdPace = new Pace(0) } };

        var violation = Assert.Single(Check(HandPlans.Valid(), request));

        Assert.Equal("threshold pace 0 s/km: cannot build pace zones to check the steps", violation.Message);
    }
}
