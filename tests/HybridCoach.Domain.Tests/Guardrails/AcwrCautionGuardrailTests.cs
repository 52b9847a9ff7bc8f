using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class AcwrCautionGuardrailTests
{
    private readonly AcwrCautionGuardrail guardrail = new();

    private static DecisionSnapshot Injured(double? acwr) => WithMetrics(Metrics(acwrCoupled: acwr)) with { Injuries = [Injury("calf")] };

    [Fact]
    public void Evaluate_InjuryHistoryAndRatioJustAbove1Point3_AsksReduceIntensity()
    {
        var outcome = guardrail.Evaluate(Injured(1.31), Defaults);
        AssertFired(outcome, Recommendation.ReduceIntensity, "ACWR 1.31", "caution line 1.30", "1 injury");
        AssertObserved(outcome, "acwr_coupled", 1.31);
        AssertObserved(outcome, "acwr_uncoupled", 1.1);
        AssertObserved(outcome, "acwr_ewma", 0.9);
        AssertObserved(outcome, "injuries_in_history", 1);
        Assert.Equal(1.3, outcome.Thresholds["max_ratio"]);
        Assert.Equal(0, outcome.Thresholds["applies_without_injury_history"]);
    }

    [Fact]
    public void Evaluate_InjuryHistoryAndRatioAt1Point3_Clears() =>
        AssertClear(guardrail.Evaluate(Injured(1.30), Defaults), "ACWR 1.30", "within the caution line 1.30");

    [Fact]
    public void Evaluate_NoInjuryHistory_ClearsSayingTheLineDoesNotApply()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: 1.45)), Defaults);
        AssertClear(outcome, "ACWR 1.45", "no injury history");
        AssertObserved(outcome, "injuries_in_history", 0);
    }

    [Fact]
    public void Evaluate_AppliesWithoutInjuryHistorySet_FiresForEveryone()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: 1.45)), With(AcwrCautionGuardrail.AppliesWithoutInjuryHistory, 1));
        AssertFired(outcome, Recommendation.ReduceIntensity, "ACWR 1.45");
        Assert.Equal(1, outcome.Thresholds["applies_without_injury_history"]);
    }

    [Fact]
    public void Evaluate_CalfHistoryLowersLineTo1Point25_FiresAt1Point27()
    {
        var snapshot = Injured(1.27);
        AssertClear(guardrail.Evaluate(snapshot, Defaults));
        var outcome = guardrail.Evaluate(snapshot, With(AcwrCautionGuardrail.MaxRatio, 1.25));
        AssertFired(outcome, Recommendation.ReduceIntensity, "ACWR 1.27", "caution line 1.25");
        Assert.Equal(1.25, outcome.Thresholds["max_ratio"]);
    }

    [Fact]
    public void Evaluate_WorkedVectorOfScienceMd_InjuredAthleteAt1Point43Fires()
    {
        var metrics = MetricsOfLoads([.. Enumerable.Repeat(30.0, 21), .. Enumerable.Repeat(50.0, 7)]);
        var outcome = guardrail.Evaluate(WithMetrics(metrics) with { Injuries = [Injury("achilles")] }, Defaults);
        AssertFired(outcome, Recommendation.ReduceIntensity, "ACWR 1.43");
    }

    [Fact]
    public void Evaluate_NoRatio_NotEvaluated() =>
        AssertNotEvaluated(guardrail.Evaluate(Injured(null), Defaults), "no rolling ACWR");
}
