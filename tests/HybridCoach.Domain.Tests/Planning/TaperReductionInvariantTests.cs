using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class TaperReductionInvariantTests
{
    private static readonly DateOnly TaperStart = new(2025, 3, 10);

    private static List<PlanViolation> Check(SeasonPlan plan) => new TaperReductionInvariant().Check(plan, HandPlans.Request()).ToList();

    [Fact]
    public void Check_30KmAgainstPeak56_NoViolation() => Assert.Empty(Check(HandPlans.Valid())); // 46.4 % below

    [Theory]
    [InlineData(40, "mean 40.0 km per 7 days is 28.6 % below the peak microcycle 7's 56.0 km")]
    [InlineData(20, "mean 20.0 km per 7 days is 64.3 % below the peak microcycle 7's 56.0 km")]
    public void Check_OutsideBosquetBand_ReportsFigures(double km, string figures)
    {
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(10, Phase.Taper, TaperStart, km));

        var violation = Assert.Single(Check(plan));

        Assert.Equal(("taper_reduction", 10, TaperStart), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal($"taper (microcycles 10–10): {figures}; expected 40–60 % below", violation.Message);
    }

    [Fact]
    public void Check_NoHardSessionInTaper_Reported()
    {
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Easy(TaperStart.AddDays(1), 9));

        var violation = Assert.Single(Check(plan));

        Assert.Equal("taper (microcycles 10–10) has no quality session; keep some intensity while cutting volume", violation.Message);
    }

    [Fact]
    public void Check_NoTaperMicrocycle_ReportedAtGoalRace()
    {
        var plan = HandPlans.ReplaceCycle(HandPlans.Valid(), HandPlans.Week(10, Phase.Sharpen, TaperStart, 30));

        var violation = Assert.Single(Check(plan));

        Assert.Equal((null, HandPlans.GoalRaceDate), (violation.MicrocycleIndex, violation.Date));
        Assert.Equal("no taper before the goal race on 2025-03-23", violation.Message);
    }
}
