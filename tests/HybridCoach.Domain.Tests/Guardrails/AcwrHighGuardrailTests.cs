using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class AcwrHighGuardrailTests
{
    private readonly AcwrHighGuardrail guardrail = new();

    [Theory]
    [InlineData(1.50)]
    [InlineData(1.51)]
    [InlineData(2.50)]
    public void Evaluate_RatioAtOrAbove1Point5_AsksReduceVolume(double acwr)
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: acwr, acwrUncoupled: 1.7, acwrEwma: 1.2)), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, FormattableString.Invariant($"ACWR {acwr:0.00}"), "1.50");
        AssertObserved(outcome, "acwr_coupled", acwr);
        AssertObserved(outcome, "acwr_uncoupled", 1.7);
        AssertObserved(outcome, "acwr_ewma", 1.2);
        Assert.Equal(1.5, outcome.Thresholds["min_ratio"]);
    }

    [Fact]
    public void Evaluate_RatioJustBelow1Point5_Clears()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: 1.49)), Defaults);
        AssertClear(outcome, "ACWR 1.49", "below 1.50");
    }

    [Fact]
    public void Evaluate_WorkedVectorOfScienceMd_CoupledIs1Point43SoClearsThoughUncoupledIs1Point67()
    {
        // science.md §3: 21 days of 30 then 7 of 50 → coupled 1.428571, uncoupled 1.666667, EWMA 1.249746.
        var metrics = MetricsOfLoads([.. Enumerable.Repeat(30.0, 21), .. Enumerable.Repeat(50.0, 7)]);
        var outcome = guardrail.Evaluate(WithMetrics(metrics), Defaults);
        AssertClear(outcome, "ACWR 1.43");
        AssertObserved(outcome, "acwr_coupled", 1.428571);
        AssertObserved(outcome, "acwr_uncoupled", 1.666667);
        AssertObserved(outcome, "acwr_ewma", 1.249746);
    }

    [Fact]
    public void Evaluate_NoRatio_NotEvaluated()
    {
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no training metrics");
        AssertNotEvaluated(guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: null)), Defaults), "no rolling ACWR");
    }

    [Fact]
    public void Evaluate_AthleteLowersTheLine_Fires()
    {
        var snapshot = WithMetrics(Metrics(acwrCoupled: 1.45));
        AssertClear(guardrail.Evaluate(snapshot, Defaults));
        var outcome = guardrail.Evaluate(snapshot, With(AcwrHighGuardrail.MinRatio, 1.4));
        AssertFired(outcome, Recommendation.ReduceVolume, "ACWR 1.45", "1.40");
        Assert.Equal(1.4, outcome.Thresholds["min_ratio"]);
    }
}
