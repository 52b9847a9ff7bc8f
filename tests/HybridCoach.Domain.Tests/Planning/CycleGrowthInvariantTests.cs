using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class CycleGrowthInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new CycleGrowthInvariant().Check(plan, HandPlans.Request()).ToList();

    [Fact]
    public void Check_GrowthUpTo10Percent_NoViolation() => Assert.Empty(Check(HandPlans.Valid())); // 40→44 is exactly +10 %

    [Fact]
    public void Check_48To58Km_Reports20_8PercentAtMicrocycle6()
    {
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(6, Phase.Build, new DateOnly(2025, 2, 10), 58));

        var violation = Assert.Single(Check(plan));

        Assert.Equal(("cycle_growth", 6, new DateOnly(2025, 2, 10)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("microcycle 6 (build): 58.0 km in 7 days is 20.8 % more per day than microcycle 5's 48.0 km in 7 days; "
            + "the moderate limit is 10.0 %", violation.Message);
    }

    [Fact]
    public void Check_RecoveryAndTaperCycles_Exempt()
    {
        // Week 8 (recovery) 42 km and week 10 (taper) 30 km are never compared; week 9 (56) is compared with week 7 (56).
        var steps = CycleGrowth.Steps(HandPlans.Valid(), HandPlans.Request()).Select(s => (s.Previous.Index, s.Current.Index)).ToList();

        Assert.Equal([(1, 2), (2, 3), (3, 5), (5, 6), (6, 7), (7, 9)], steps);
    }

    [Fact]
    public void Check_NineDayCycleAfterSevenDay_ComparedPerDay()
    {
        // 42 km in 7 days = 6 km/day; 58.5 km in 9 days = 6.5 km/day (+8.3 %) passes, 63 km (7 km/day, +16.7 %) fails.
        var first = HandPlans.Week(1, Phase.Base, HandPlans.Start, 42);
        SeasonPlan Plan(double km) => HandPlans.Plan([first, HandPlans.Week(2, Phase.Base, HandPlans.Start.AddDays(7), km, lengthDays: 9)]);

        Assert.Empty(Check(Plan(58.5)));
        var violation = Assert.Single(Check(Plan(63)));
        Assert.Equal(2, violation.MicrocycleIndex);
        Assert.Contains("63.0 km in 9 days is 16.7 % more per day than microcycle 1's 42.0 km in 7 days", violation.Message);
    }

    [Fact]
    public void Check_BRaceCycleBetween_AllowsCompoundedGrowthOverTwoCycles()
    {
        var (plan, request) = PlanValidatorTests.SeasonWithTuneUps(Racing.RacePriority.B);
        // Week 6 holds the B race: week 7 (56 km) is compared with week 5 (48 km): +16.7 % ≤ 1.1² − 1 = 21 %.
        Assert.Empty(new CycleGrowthInvariant().Check(plan, request));

        var bigger = HandPlans.ReplaceCycle(plan, HandPlans.Week(7, Phase.Build, new DateOnly(2025, 2, 17), 60));
        var violation = Assert.Single(new CycleGrowthInvariant().Check(bigger, request));
        Assert.Equal(7, violation.MicrocycleIndex);
        Assert.Contains("25.0 % more per day than microcycle 5's 48.0 km", violation.Message);
        Assert.Contains("21.0 % over 2 (a B-race or reduced microcycle between)", violation.Message);
    }

    [Fact]
    public void Check_ReturnToPlanAfterReducedWeek_PassesOnlyWhenMarkedReduced()
    {
        // Week 2 (44 km) cut 15 % to 37.4 km by an adaptation, week 3 back to its planned 48 km: against week 2 that is
        // +28.3 %, against the pre-dip week 1 (40 km) over two cycles +20.0 % ≤ 1.1² − 1 = 21 %.
        var dipped = HandPlans.Week(2, Phase.Base, HandPlans.Start.AddDays(7), 37.4);
        var unmarked = HandPlans.ReplaceCycle(HandPlans.Valid(), dipped);
        var marked = HandPlans.ReplaceCycle(HandPlans.Valid(), dipped with { Reduced = true });

        Assert.Empty(Check(marked));
        var violation = Assert.Single(Check(unmarked));
        Assert.Equal(3, violation.MicrocycleIndex);
        Assert.Contains("28.3 % more per day than microcycle 2's 37.4 km", violation.Message);
    }

    [Fact]
    public void Check_ReducedWeekThenTooBigJump_StillReportedAgainstThePreDipWeek()
    {
        // 40 → 37.4 (reduced) → 50 km: +25.0 % on week 1 over two cycles is above 21 %.
        var plan = HandPlans.ReplaceCycle(
            HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(2, Phase.Base, HandPlans.Start.AddDays(7), 37.4) with { Reduced = true }),
            HandPlans.Week(3, Phase.Base, HandPlans.Start.AddDays(14), 50));

        var violation = Assert.Single(Check(plan));
        Assert.Contains("25.0 % more per day than microcycle 1's 40.0 km", violation.Message);
        Assert.Contains("21.0 % over 2 (a B-race or reduced microcycle between)", violation.Message);
    }

    [Fact]
    public void Check_ReducedFirstWeek_SetsNoBase()
    {
        // Week 1 (planned 40 km) cut 15 % to 34 km by a check-in before the plan began, week 2 at its planned 44 km:
        // +29.4 % on the dip, but a reduced first week is no base (the ACWR ceiling guards the start, as at any plan's start).
        var dipped = HandPlans.Week(1, Phase.Base, HandPlans.Start, 34);
        var unmarked = HandPlans.ReplaceCycle(HandPlans.Valid(), dipped);
        var marked = HandPlans.ReplaceCycle(HandPlans.Valid(), dipped with { Reduced = true });

        Assert.Empty(Check(marked));
        var violation = Assert.Single(Check(unmarked));
        Assert.Equal(2, violation.MicrocycleIndex);
        Assert.Contains("29.4 % more per day than microcycle 1's 34.0 km", violation.Message);
    }
}
