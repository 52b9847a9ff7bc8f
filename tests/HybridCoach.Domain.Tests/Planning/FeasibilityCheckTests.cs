using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class FeasibilityCheckTests
{
    // Daniels' table (science.md §1.2): 10K 50:03 at VDOT 40, 41:21 at 50, 31:00 at 70, 27:41 at 80. A sub-30:00 10K
    // therefore needs more than VDOT 70 (≈ 72.6 by interpolation); VDOT 45 predicts between 41:21 and 50:03.
    [Fact]
    public void Assess_Vdot45Sub30TenK_UnrealisticWithRealisticTime()
    {
        var request = PlanRequests.For(10000, 12, RunnerType.FiveTenKRacer, vdot: 45, target: new Duration(30 * 60));

        var result = FeasibilityCheck.Assess(request);

        Assert.False(result.Realistic);
        Assert.Equal(45, result.CurrentVdot!.Value, 6);
        Assert.InRange(result.TargetVdot!.Value, 72.0, 73.5);
        Assert.InRange(result.PredictedTime!.Value.Seconds, 41 * 60 + 21, 50 * 60 + 3);
        // 12 weeks at 1 VDOT point per 4 weeks (Daniels, a trained runner at 40 km/week): VDOT 48, still slower than the VDOT 50 time of 41:21.
        Assert.InRange(result.RealisticTime!.Value.Seconds, 41 * 60 + 21, result.PredictedTime!.Value.Seconds - 60);
        Assert.StartsWith("Unrealistic", result.Verdict);
        Assert.Contains(result.RealisticTime!.Value.ToString(), result.Verdict);
    }

    [Fact]
    public void Assess_ReachableTarget_Realistic()
    {
        // VDOT 50 predicts 41:21; 41:00 needs ≈ 50.5, within the 2–3 points 12 weeks allow a trained runner.
        var result = FeasibilityCheck.Assess(PlanRequests.For(10000, 12, vdot: 50, target: new Duration(41 * 60)));

        Assert.True(result.Realistic);
        Assert.InRange(result.TargetVdot!.Value, 50.1, 51);
        Assert.StartsWith("Realistic", result.Verdict);
    }

    // Daniels' T pace for VDOT 50 is 4:15/km (science.md §1.3); the inverse gives VDOT ≈ 50 back.
    [Fact]
    public void FromThresholdPace_4_15_GivesAboutVdot50()
    {
        Assert.InRange(FitnessVdot.FromThresholdPace(new Pace(255)), 49.3, 50.7);
        var result = FeasibilityCheck.Assess(PlanRequests.For(10000, 12, thresholdSPerKm: 255));
        Assert.InRange(result.CurrentVdot!.Value, 49.3, 50.7);
        Assert.Null(result.TargetVdot);
        Assert.True(result.Realistic);
    }
}
