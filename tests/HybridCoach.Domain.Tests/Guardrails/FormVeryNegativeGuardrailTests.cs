using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class FormVeryNegativeGuardrailTests
{
    private readonly FormVeryNegativeGuardrail guardrail = new();

    [Fact]
    public void Evaluate_RelativeFormJustBelowMinus30_AsksReduceVolume()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(chronicLoad: 50, acuteLoad: 65.5)), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, "form -15.5", "-31.0 %", "chronic load 50.0", "below -30 %");
        AssertObserved(outcome, "chronic_load", 50);
        AssertObserved(outcome, "acute_load", 65.5);
        AssertObserved(outcome, "form", -15.5);
        AssertObserved(outcome, "relative_form_pct", -31);
        Assert.Equal(-30, outcome.Thresholds["min_relative_form_pct"]);
    }

    [Fact]
    public void Evaluate_RelativeFormJustAboveMinus30_Clears()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(chronicLoad: 50, acuteLoad: 64.5)), Defaults);
        AssertClear(outcome, "-29.0 %");
        AssertObserved(outcome, "relative_form_pct", -29);
    }

    [Fact]
    public void Evaluate_SixWeeksOf100FromZero_ChronicIs63Point2121AndFormFires()
    {
        // science.md §6: 100 a day from 0 → chronic 63.2121 after 42 days; acute 100·(1 − e^−6) = 99.7521.
        var outcome = guardrail.Evaluate(WithMetrics(MetricsOfLoads([.. Enumerable.Repeat(100.0, 42)])), Defaults);
        AssertObserved(outcome, "chronic_load", 63.2121, 4);
        AssertObserved(outcome, "acute_load", 99.7521, 4);
        AssertObserved(outcome, "relative_form_pct", 100 * (63.2121 - 99.7521) / 63.2121, 2);
        AssertFired(outcome, Recommendation.ReduceVolume, "-57.8 %");
    }

    [Fact]
    public void Evaluate_NoChronicLoad_NotEvaluated()
    {
        AssertNotEvaluated(guardrail.Evaluate(WithMetrics(Metrics(chronicLoad: 0, acuteLoad: 10)), Defaults), "chronic load is 0");
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no training metrics");
    }

    [Fact]
    public void Evaluate_AthleteLowersTheLine_Clears()
    {
        var snapshot = WithMetrics(Metrics(chronicLoad: 50, acuteLoad: 70));
        AssertFired(guardrail.Evaluate(snapshot, Defaults), Recommendation.ReduceVolume, "-40.0 %");
        var outcome = guardrail.Evaluate(snapshot, With(FormVeryNegativeGuardrail.MinRelativeFormPct, -45));
        AssertClear(outcome, "-40.0 %", "not below -45 %");
    }

    [Fact]
    public void Evaluate_ThreeRunsInAFirstWeek_NotEvaluatedAsWarmUp()
    {
        // Day 1, 3 and 5 of a new history: chronic ≈ 3, acute ≈ 14 → "form −358 %", but the history is 5 days old.
        var metrics = MetricsOfLoads([45, 0, 45, 0, 45]);

        var outcome = guardrail.Evaluate(WithMetrics(metrics), Defaults);

        Assert.Null(metrics.AcwrCoupled);
        Assert.False(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Contains("warm-up", outcome.Reason);
        Assert.True(outcome.Observed["relative_form_pct"] < -300);
    }
}
