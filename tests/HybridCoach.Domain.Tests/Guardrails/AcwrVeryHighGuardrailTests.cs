using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class AcwrVeryHighGuardrailTests
{
    private readonly AcwrVeryHighGuardrail guardrail = new();

    [Fact]
    public void Evaluate_RatioJustAbove1Point8_AsksCrossTrainOrRest()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: 1.81, acwrUncoupled: 2.05, acwrEwma: 1.62)), Defaults);
        AssertFired(outcome, Recommendation.CrossTrainOrRest, "ACWR 1.81", "1.80");
        AssertObserved(outcome, "acwr_coupled", 1.81);
        AssertObserved(outcome, "acwr_uncoupled", 2.05);
        AssertObserved(outcome, "acwr_ewma", 1.62);
        AssertObserved(outcome, "soreness_0_10", null);
        Assert.Equal(1.8, outcome.Thresholds["max_ratio"]);
        Assert.Equal(7, outcome.Thresholds["full_rest_soreness_0_10"]);
    }

    [Theory]
    [InlineData(1.79)]
    [InlineData(1.80)]
    public void Evaluate_RatioAtOrJustBelow1Point8_Clears(double acwr)
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: acwr)), Defaults);
        AssertClear(outcome, FormattableString.Invariant($"ACWR {acwr:0.00}"));
        AssertObserved(outcome, "acwr_coupled", acwr);
    }

    [Fact]
    public void Evaluate_HighUncoupledButCoupledBelowLine_DecidesOnCoupled()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: 1.5, acwrUncoupled: 2.4, acwrEwma: 1.9)), Defaults);
        AssertClear(outcome, "ACWR 1.50");
    }

    [Theory]
    [InlineData(7, null, Recommendation.FullRest)]
    [InlineData(6, null, Recommendation.CrossTrainOrRest)]
    [InlineData(null, 7, Recommendation.FullRest)]
    [InlineData(2, 6, Recommendation.CrossTrainOrRest)]
    public void Evaluate_VeryHighRatioWithSoreness_FullRestFromSeven(int? overall, int? calf, Recommendation expected)
    {
        (string, int)[] sites = calf is { } c ? [("calf", c)] : [];
        var snapshot = WithMetrics(Metrics(acwrCoupled: 2.1)) with { Signals = [Soreness(overall, sites)] };
        var outcome = guardrail.Evaluate(snapshot, Defaults);
        AssertFired(outcome, expected, "ACWR 2.10");
        AssertObserved(outcome, "soreness_0_10", Math.Max(overall ?? 0, calf ?? 0));
        if (expected == Recommendation.FullRest) Assert.Contains("soreness 7/10", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoMetrics_NotEvaluatedSayingSo()
    {
        var outcome = guardrail.Evaluate(Empty(), Defaults);
        AssertNotEvaluated(outcome, "no training metrics as of 2025-03-09");
        AssertObserved(outcome, "acwr_coupled", null);
    }

    [Fact]
    public void Evaluate_NoRatioInWarmUp_NotEvaluatedSayingSo()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(acwrCoupled: null, acwrUncoupled: null, acwrEwma: null)), Defaults);
        AssertNotEvaluated(outcome, "no rolling ACWR", "no chronic load yet");
    }

    [Fact]
    public void Evaluate_AthleteOverrides_MoveTheLines()
    {
        var snapshot = WithMetrics(Metrics(acwrCoupled: 1.9)) with { Signals = [Soreness(5)] };
        AssertFired(guardrail.Evaluate(snapshot, Defaults), Recommendation.CrossTrainOrRest);
        AssertClear(guardrail.Evaluate(snapshot, With(AcwrVeryHighGuardrail.MaxRatio, 2.0)), "at most 2.00");
        var lowSoreness = guardrail.Evaluate(snapshot, With(AcwrVeryHighGuardrail.FullRestSoreness, 5));
        AssertFired(lowSoreness, Recommendation.FullRest, "soreness 5/10 (≥ 5)");
        Assert.Equal(5, lowSoreness.Thresholds["full_rest_soreness_0_10"]);
    }
}
