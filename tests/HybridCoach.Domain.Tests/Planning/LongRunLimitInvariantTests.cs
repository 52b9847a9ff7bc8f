using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>
/// The references' long-run rule on hand-built plans (a 40 km/week runner whose longest recent run is 14 km): Daniels'
/// 30 % of the week, Higdon's half of the week up to the envelope's longest run for the half and marathon, the
/// runner's own longest run, and the duration ceiling.
/// </summary>
public class LongRunLimitInvariantTests
{
    private static readonly RaceEntry TenK = new(HandPlans.GoalRaceDate, "Spring 10K", Distance.FromKilometers(10), RacePriority.A);
    private static readonly RaceEntry Marathon = new(HandPlans.GoalRaceDate, "Spring Marathon", Distance.FromKilometers(42.195), RacePriority.A);

    private static List<PlanViolation> Check(SeasonPlan plan, RaceEntry? goal = null) =>
        new LongRunLimitInvariant().Check(plan, HandPlans.Request(goal: goal)).ToList();

    [Fact]
    public void Check_LongRuns28Percent_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_HalfMarathon20KmOf54_56_InsideHigdonsHalfOfTheWeek() =>
        // 20 km of 54.56 km is 36.7 %: over Daniels' 30 %, but within half the week and the half's 22 km (mid level).
        Assert.Empty(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(new DateOnly(2025, 2, 9), 20))));

    [Fact]
    public void Check_HalfMarathon24KmOf58_56_ReportsOverTheEnvelopesLongestRun()
    {
        // Week 5: 48 km with its 13.44 km long run replaced by 24 km → 58.56 km; the half's longest published run at 40–65 km is 22 km.
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(new DateOnly(2025, 2, 9), 24))));

        Assert.Equal(("long_run_limit", 5, new DateOnly(2025, 2, 9)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-09 long run 24.0 km is 41.0 % of microcycle 5's 58.56 km; at most 22.0 km (the larger of Daniels' 30 % "
            + "of the week, half the week up to 22.0 km for the half marathon and your recent longest run 14.0 km)", violation.Message);
    }

    [Fact]
    public void Check_TenK20KmOf54_56_ReportsDanielsShare()
    {
        // No half-of-the-week exception for a 10K: 30 % of 54.56 km is 16.37 km.
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(new DateOnly(2025, 2, 9), 20)), TenK));

        Assert.Equal("2025-02-09 long run 20.0 km is 36.7 % of microcycle 5's 54.56 km; at most 16.37 km (the larger of Daniels' 30 % "
            + "of the week and your recent longest run 14.0 km)", violation.Message);
    }

    [Fact]
    public void Check_TenKLongRunNoLongerThanRecentLongest_Allowed()
    {
        // The runner already runs 21 km: a 20 km long run in a 54.56 km week is what they do, not a jump.
        var request = HandPlans.Request(goal: TenK) with { Fitness = HandPlans.Request().Fitness with { LongestRunM = 21_000 } };
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(new DateOnly(2025, 2, 9), 20));

        Assert.Empty(new LongRunLimitInvariant().Check(plan, request));
    }

    [Fact]
    public void Check_MarathonLongerThanVariantCeiling_ReportsDuration()
    {
        // The 15.68 km long runs of weeks 7 and 9 at 5:25/km last 5096 s = 1:24:56 > 1:23:20 (the marathon uses the variant's ceiling).
        var violations = Check(HandPlans.Valid(HandPlans.Settings with { LongRunMaxDurationS = 5000 }), Marathon);

        Assert.Equal([(7, new DateOnly(2025, 2, 23)), (9, new DateOnly(2025, 3, 9))], violations.Select(v => (v.MicrocycleIndex!.Value, v.Date!.Value)));
        Assert.Equal("2025-02-23 long run lasts 1:24:56; at most 1:23:20 (microcycle 7)", violations[0].Message);
    }

    [Fact]
    public void Check_HalfMarathon_DanielsCeilingNotTheVariants()
    {
        // Below the marathon the ceiling is Daniels' 150 min whatever the variant says: 1:24:56 passes.
        Assert.Empty(Check(HandPlans.Valid(HandPlans.Settings with { LongRunMaxDurationS = 5000 })));
    }

    [Fact]
    public void Check_NineDayCycle_ScaledToSevenDays()
    {
        // 63 km in 9 days with a 17.64 km long run (28 % of 63) is 36.0 % of the 49 km per 7 days; 30 % is 14.7 km.
        var plan = HandPlans.Plan([HandPlans.Week(1, Phase.Build, HandPlans.Start, 63, lengthDays: 9)]);

        var violation = Assert.Single(Check(plan, TenK));

        Assert.Equal("2025-01-14 long run 17.64 km is 36.0 % of microcycle 1's 49.0 km per 7 days; at most 14.7 km (the larger of "
            + "Daniels' 30 % of the week and your recent longest run 14.0 km)", violation.Message);
    }
}
