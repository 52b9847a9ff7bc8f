using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class EasyHrDriftGuardrailTests
{
    private readonly EasyHrDriftGuardrail guardrail = new();

    private static DecisionSnapshot Trend(double slope, int runs) => Empty() with { EasyPaceHeartRate = new EasyPaceHeartRateFact(slope, runs) };

    [Theory]
    [InlineData(3.0)]
    [InlineData(3.1)]
    public void Evaluate_SlopeAtOrJustAbove3Bpm_AsksReduceIntensity(double slope)
    {
        var outcome = guardrail.Evaluate(Trend(slope, 8), Defaults);
        AssertFired(outcome, Recommendation.ReduceIntensity, FormattableString.Invariant($"+{slope:0.0} bpm per 28 days"), "8 easy runs", "at least +3.0");
        AssertObserved(outcome, "slope_bpm_per_28_days", slope);
        AssertObserved(outcome, "easy_runs", 8);
        Assert.Equal(3, outcome.Thresholds["min_slope_bpm_per_28_days"]);
        Assert.Equal(6, outcome.Thresholds["min_runs"]);
    }

    [Theory]
    [InlineData(2.9, "+2.9")]
    [InlineData(-4.0, "-4.0")]
    public void Evaluate_SlopeBelow3Bpm_Clears(double slope, string shown) =>
        AssertClear(guardrail.Evaluate(Trend(slope, 8), Defaults), shown + " bpm per 28 days", "below +3.0");

    [Fact]
    public void Evaluate_TooFewRunsOrNoTrend_NotEvaluated()
    {
        AssertNotEvaluated(guardrail.Evaluate(Trend(6, 5), Defaults), "only 5 easy runs", "6 needed");
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no trend of HR at easy pace");
    }

    [Fact]
    public void Evaluate_AthleteOverrides_ChangeTheOutcome()
    {
        AssertFired(guardrail.Evaluate(Trend(6, 5), With(EasyHrDriftGuardrail.MinRuns, 5)), Recommendation.ReduceIntensity, "+6.0");
        var outcome = guardrail.Evaluate(Trend(3.5, 8), With(EasyHrDriftGuardrail.MinSlope, 4));
        AssertClear(outcome, "+3.5", "below +4.0");
        Assert.Equal(4, outcome.Thresholds["min_slope_bpm_per_28_days"]);
    }
}
