using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>How fast VDOT can grow, by training age and volume, against the published figures it rests on.</summary>
public class ImprovementRateTests
{
    [Theory]
    [InlineData(null, 20_000, 40, RunnerExperience.Beginner)]
    [InlineData(null, 45_000, 50, RunnerExperience.Trained)]
    [InlineData(null, 80_000, 50, RunnerExperience.Experienced)]
    [InlineData(null, 45_000, 62, RunnerExperience.Experienced)]
    [InlineData(1, 80_000, 62, RunnerExperience.Beginner)]      // a stated training age wins over volume and VDOT
    [InlineData(3, 20_000, 40, RunnerExperience.Trained)]
    [InlineData(8, 20_000, 40, RunnerExperience.Experienced)]
    public void Classifies_ByTrainingAge_ElseVolumeAndVdot(int? years, double weeklyM, double vdot, RunnerExperience expected) =>
        Assert.Equal(expected, ImprovementRate.For(years, weeklyM, vdot).Experience);

    // HERITAGE (Bouchard 1999): +≈ 400 mL/min of VO2max in 20 weeks; for a 75 kg adult that is 5.33 mL/kg/min, i.e.
    // 0.267 VDOT points a week — inside the beginner range (1/6 to 1/3) and faster than Daniels' trained rate (≤ 1/4).
    [Fact]
    public void BeginnerRange_HoldsTheHeritageMean()
    {
        var heritagePointsPerWeek = 400.0 / 75 / 20;
        var beginner = ImprovementRate.For(0, 15_000, 35);
        Assert.InRange(heritagePointsPerWeek, beginner.SlowPointsPerWeek, beginner.FastPointsPerWeek);
        Assert.True(heritagePointsPerWeek > ImprovementRate.For(4, 40_000, 45).FastPointsPerWeek);
    }

    // Daniels: one VDOT point after 4–6 weeks at a level. 12 weeks → 2 to 3 points; the season caps hold.
    [Fact]
    public void GainIn_FollowsDanielsForTrained_AndCapsTheSeason()
    {
        var trained = ImprovementRate.For(4, 40_000, 45);
        Assert.Equal((2.0, 3.0), Round(trained.GainIn(12)));
        Assert.Equal((5.0, 5.0), Round(trained.GainIn(52)));
        Assert.Equal((1.0, 1.5), Round(ImprovementRate.For(10, 90_000, 60).GainIn(12)));
        Assert.Equal((3.0, 3.0), Round(ImprovementRate.For(10, 90_000, 60).GainIn(52)));
        Assert.Equal((8.0, 8.0), Round(ImprovementRate.For(0, 15_000, 35).GainIn(52)));
    }

    // Daniels' table: 10 K in 41:21 at VDOT 50. A trained runner (40 km/week, training age unknown) with 12 weeks
    // can reach VDOT 52–53: the range offered is the equivalent 10 K times, slower end first.
    [Fact]
    public void Feasibility_GivesTheRangeAndItsBasis()
    {
        var result = FeasibilityCheck.Assess(PlanRequests.For(PlanRequests.TenK, 12, vdot: 50, raceDayOffset: 84));
        var tenK = new Distance(PlanRequests.TenK);
        Assert.InRange(result.PredictedTime!.Value.Seconds, 41 * 60 + 19, 41 * 60 + 23); // the table rounds to the second
        Assert.Equal(Vdot.EquivalentTime(52, tenK).Seconds, result.RealisticSlowestTime!.Value.Seconds, 6);
        Assert.Equal(Vdot.EquivalentTime(53, tenK).Seconds, result.RealisticTime!.Value.Seconds, 6);
        Assert.Contains("a trained runner (training age unknown, 40 km/week): 1 VDOT point per 4–6 weeks (Daniels' Running Formula)", result.Basis, StringComparison.Ordinal);
        Assert.Contains($"{result.RealisticSlowestTime}–{result.RealisticTime} is within reach in 12 weeks", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Feasibility_TargetOnlyTheFasterRateReaches_IsAStretch()
    {
        var tenK = new Distance(PlanRequests.TenK);
        var target = Vdot.EquivalentTime(52.5, tenK); // 2.5 points: above the slow rate's 2, within the fast rate's 3
        var result = FeasibilityCheck.Assess(PlanRequests.For(PlanRequests.TenK, 12, vdot: 50, target: target, raceDayOffset: 84));
        Assert.True(result.Realistic);
        Assert.StartsWith("A stretch:", result.Verdict, StringComparison.Ordinal);
        var tooFar = FeasibilityCheck.Assess(PlanRequests.For(PlanRequests.TenK, 12, vdot: 50, target: Vdot.EquivalentTime(53.5, tenK), raceDayOffset: 84));
        Assert.False(tooFar.Realistic);
        Assert.Contains($"aim for {tooFar.RealisticSlowestTime}–{tooFar.RealisticTime} instead", tooFar.Verdict, StringComparison.Ordinal);
    }

    private static (double, double) Round((double Slow, double Fast) gain) => (Math.Round(gain.Slow, 6), Math.Round(gain.Fast, 6));
}
