using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class LongRunSpikeGuardrailTests
{
    private readonly LongRunSpikeGuardrail guardrail = new();

    /// <summary>A 15 km long run 20 days ago, shorter runs around it, and a run of <paramref name="km"/> 3 days ago.</summary>
    private static DecisionSnapshot WithRecentRun(double km) =>
        WithActivities([Run(27, 12), Run(20, 15), Run(12, 10), Run(6, 8), Run(3, km), Run(1, 6)]);

    [Fact]
    public void Evaluate_RunJustAbove1Point3TimesLongest_AsksReduceVolume()
    {
        var outcome = guardrail.Evaluate(WithRecentRun(19.6), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, "19.6 km run on 2025-03-07", "1.31 ×", "30 days", "15.0 km", "above 1.30");
        AssertObserved(outcome, "run_km", 19.6);
        AssertObserved(outcome, "longest_run_before_km", 15);
        AssertObserved(outcome, "ratio", 19.6 / 15);
        Assert.Equal(1.3, outcome.Thresholds["max_ratio"]);
        Assert.Equal(30, outcome.Thresholds["baseline_days"]);
    }

    [Fact]
    public void Evaluate_RunJustBelow1Point3TimesLongest_Clears()
    {
        var outcome = guardrail.Evaluate(WithRecentRun(19.4), Defaults);
        AssertClear(outcome, "19.4 km run", "1.29 ×", "at most 1.30");
        AssertObserved(outcome, "ratio", 19.4 / 15);
    }

    [Fact]
    public void Evaluate_LongerRunOutsideThe30DayWindow_IsNotTheBaseline()
    {
        // 20 km 34 days ago is 31 days before the recent run: outside Frandsen's 30 days, so 15 km is the baseline.
        var snapshot = WithRecentRun(19.6);
        snapshot = snapshot with { Activities = [.. snapshot.Activities, Run(34, 20)] };
        AssertFired(guardrail.Evaluate(snapshot, Defaults), Recommendation.ReduceVolume, "15.0 km");
        var wider = guardrail.Evaluate(snapshot, With(LongRunSpikeGuardrail.BaselineDays, 35));
        AssertClear(wider, "20.0 km", "0.98 ×");
        Assert.Equal(35, wider.Thresholds["baseline_days"]);
    }

    [Fact]
    public void Evaluate_FrandsenSmallSpikeLine_FiresAbove10PercentWhenOverridden()
    {
        // Frandsen et al. 2025: > 10 % over the longest run of the past 30 days already had HRR 1.64.
        var snapshot = WithRecentRun(16.6);
        AssertClear(guardrail.Evaluate(snapshot, Defaults), "1.11 ×");
        AssertFired(guardrail.Evaluate(snapshot, With(LongRunSpikeGuardrail.MaxRatio, 1.1)), Recommendation.ReduceVolume, "1.11 ×", "above 1.10");
    }

    [Fact]
    public void Evaluate_NoRecentRun_NotEvaluated() =>
        AssertNotEvaluated(guardrail.Evaluate(WithActivities([Run(20, 15), Ride(2, 50)]), Defaults), "no run in the last 7 days");

    [Fact]
    public void Evaluate_ReturnFromABreak_NotEvaluated()
    {
        var outcome = guardrail.Evaluate(WithActivities([Run(3, 20)]), Defaults);
        AssertNotEvaluated(outcome, "in the 30 days before it");
        AssertObserved(outcome, "ratio", null);
    }
}
