using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class SessionSumsInvariantTests
{
    private static readonly DateOnly Tuesday = new(2025, 2, 4);
    private static readonly PaceRange Z5 = new(new Pace(235), new Pace(245)); // mid 4:00/km

    private static List<PlanViolation> Check(params PlannedSession[] sessions) =>
        new SessionSumsInvariant().Check(HandPlans.Replace(HandPlans.Valid(), sessions), HandPlans.Request()).ToList();

    /// <summary>2 km warm-up (650 s), 5 × (1000 m at 4:00/km = 240 s + 400 m jog at 5:25/km = 130 s), 2 km cool-down:
    /// 11 000 m and 650 + 1850 + 650 = 3150 s.</summary>
    private static PlannedSession Intervals(double distanceM = 11_000, double durationS = 3150, int repeats = 5, double repM = 1000) =>
        new(Tuesday, SessionType.Vo2Intervals, distanceM, durationS,
        [
            new SessionStep(StepKind.WarmUp, 2000, null, HandPlans.EasyPace, "z2", "warm-up"),
            SessionStep.Repeat(repeats, "5 × 1000 m",
                new SessionStep(StepKind.Active, repM, null, Z5, "z5", "1000 m"),
                new SessionStep(StepKind.Recovery, 400, null, HandPlans.EasyPace, "z2", "jog")),
            new SessionStep(StepKind.CoolDown, 2000, null, HandPlans.EasyPace, "z2", "cool-down"),
        ], "z5", "VO2max", []);

    [Fact]
    public void Check_ValidPlan_NoViolation() => Assert.Empty(Check());

    [Fact]
    public void Check_RepeatsMultiplied_NoViolation() => Assert.Empty(Check(Intervals()));

    [Fact]
    public void Check_TotalsWithinOnePercent_NoViolation() => Assert.Empty(Check(Intervals(11_100, 3120)));

    [Fact]
    public void Check_DistanceCountsRepeatOnce_ReportsBothFigures()
    {
        var violation = Assert.Single(Check(Intervals(distanceM: 5400)));

        Assert.Equal(("session_sums", 5, Tuesday), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-04 vo2_intervals (microcycle 5): distance 5400 m but its steps sum to 11000 m (50.9 % off; at most 1.0 %)",
            violation.Message);
    }

    [Fact]
    public void Check_DurationOff_Reported()
    {
        var violation = Assert.Single(Check(Intervals(durationS: 3300)));

        Assert.EndsWith("duration 3300 s but its steps sum to 3150 s (4.8 % off; at most 1.0 %)", violation.Message);
    }

    [Fact]
    public void Check_TimedWalkWithoutPace_DistanceNotCompared()
    {
        var session = new PlannedSession(Tuesday, SessionType.RunWalk, 3000, 1200,
            [SessionStep.Repeat(10, "run-walk", new SessionStep(StepKind.Active, null, 90, null, null, "run"), new SessionStep(StepKind.Recovery, null, 30, null, null, "walk"))],
            null, "run-walk", []);

        Assert.Empty(Check(session));
    }

    [Fact]
    public void Check_NegativeAndNaNFigures_Reported()
    {
        var session = Intervals() with { DistanceM = -1, DurationS = double.NaN };

        var messages = Check(session).Select(v => v.Message).ToList();

        Assert.Equal(
        [
            "2025-02-04 vo2_intervals (microcycle 5): distance -1 m is negative or not a number",
            "2025-02-04 vo2_intervals (microcycle 5): duration NaN s is negative or not a number",
        ], messages);
    }

    [Fact]
    public void Check_ZeroRepeatsAndUnsizedStep_Reported()
    {
        var session = Intervals(repeats: 0, distanceM: 4000, durationS: 1300) with
        {
            Steps = [.. Intervals(repeats: 0).Steps, new SessionStep(StepKind.Active, null, null, null, null, "strides")],
        };

        var messages = Check(session).Select(v => v.Message).ToList();

        Assert.Contains("2025-02-04 vo2_intervals (microcycle 5): repeat block '5 × 1000 m' runs 0 times; at least once", messages);
        Assert.Contains("2025-02-04 vo2_intervals (microcycle 5): step 'strides' has neither distance nor time", messages);
    }
}
