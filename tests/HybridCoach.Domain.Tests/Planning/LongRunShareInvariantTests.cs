using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class LongRunShareInvariantTests
{
    private static List<PlanViolation> Check(SeasonPlan plan) => new LongRunShareInvariant().Check(plan, HandPlans.Request()).ToList();

    [Fact]
    public void Check_LongRuns28Percent_NoViolation() => Assert.Empty(Check(HandPlans.Valid()));

    [Fact]
    public void Check_20KmOf54_56_Reports36_7Percent()
    {
        // Week 5: 48 km with its 13.44 km long run replaced by 20 km → 54.56 km, 20 / 54.56 = 36.7 %.
        var violation = Assert.Single(Check(HandPlans.Replace(HandPlans.Valid(), HandPlans.Long(new DateOnly(2025, 2, 9), 20))));

        Assert.Equal(("long_run_share", 5, new DateOnly(2025, 2, 9)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-02-09 long run 20.0 km is 36.7 % of microcycle 5's 54.56 km; at most 30.0 %", violation.Message);
    }

    [Fact]
    public void Check_LongerThanMaxDuration_ReportsDuration()
    {
        // The 15.68 km long runs of weeks 7 and 9 at 5:25/km last 5096 s = 1:24:56 > 1:23:20.
        var violations = Check(HandPlans.Valid(HandPlans.Settings with { LongRunMaxDurationS = 5000 }));

        Assert.Equal([(7, new DateOnly(2025, 2, 23)), (9, new DateOnly(2025, 3, 9))], violations.Select(v => (v.MicrocycleIndex!.Value, v.Date!.Value)));
        Assert.Equal("2025-02-23 long run lasts 1:24:56; at most 1:23:20 (microcycle 7)", violations[0].Message);
    }

    [Fact]
    public void Check_NineDayCycle_ScaledToSevenDays()
    {
        // 63 km in 9 days with a 17.64 km long run (28 % of 63) is 36.0 % of the 49 km per 7 days.
        var plan = HandPlans.Plan([HandPlans.Week(1, Phase.Build, HandPlans.Start, 63, lengthDays: 9)]);

        var violation = Assert.Single(Check(plan));

        Assert.Equal("2025-01-14 long run 17.64 km is 36.0 % of microcycle 1's 49.0 km per 7 days; at most 30.0 %", violation.Message);
    }
}
