using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class MonotonyHighGuardrailTests
{
    private readonly MonotonyHighGuardrail guardrail = new();

    [Fact]
    public void Evaluate_MonotonyJustAbove2_AsksReduceVolume()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(monotony: 2.01, strain: 4824)), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, "monotony 2.01", "above 2.00");
        AssertObserved(outcome, "monotony", 2.01);
        AssertObserved(outcome, "strain", 4824);
        Assert.Equal(2.0, outcome.Thresholds["max_monotony"]);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.99)]
    public void Evaluate_MonotonyAtOrJustBelow2_Clears(double monotony) =>
        AssertClear(guardrail.Evaluate(WithMetrics(Metrics(monotony: monotony)), Defaults), FormattableString.Invariant($"monotony {monotony:0.00}"));

    [Fact]
    public void Evaluate_ScienceMdWeek_Monotony1Point4924Clears()
    {
        // science.md §4: 600, 200, 400, 500, 100, 650, 0 → population SD 234.52, monotony 1.4924, strain 3656.4.
        var outcome = guardrail.Evaluate(WithMetrics(MetricsOfLoads([600, 200, 400, 500, 100, 650, 0])), Defaults);
        AssertClear(outcome, "monotony 1.49");
        AssertObserved(outcome, "monotony", 1.4924, 4);
        AssertObserved(outcome, "strain", 3656.4, 1);
    }

    [Fact]
    public void Evaluate_SameLoadEveryDay_CappedMonotonyFires()
    {
        // Equal positive loads: SD 0, monotony capped at 10 (fellrnr.com; science.md §4).
        var outcome = guardrail.Evaluate(WithMetrics(MetricsOfLoads([.. Enumerable.Repeat(60.0, 7)])), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, "monotony 10.00");
    }

    [Fact]
    public void Evaluate_NoMonotony_NotEvaluated()
    {
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no training metrics as of 2025-03-09");
        AssertNotEvaluated(guardrail.Evaluate(WithMetrics(Metrics(monotony: null, strain: null)), Defaults), "no monotony for the week to 2025-03-09");
    }

    [Fact]
    public void Evaluate_AthleteRaisesTheLine_Clears()
    {
        var snapshot = WithMetrics(Metrics(monotony: 2.3));
        AssertFired(guardrail.Evaluate(snapshot, Defaults), Recommendation.ReduceVolume);
        var outcome = guardrail.Evaluate(snapshot, With(MonotonyHighGuardrail.MaxMonotony, 2.5));
        AssertClear(outcome, "monotony 2.30", "at most 2.50");
        Assert.Equal(2.5, outcome.Thresholds["max_monotony"]);
    }
}
