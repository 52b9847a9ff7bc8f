using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class WeeklyVolumeSpikeGuardrailTests
{
    private readonly WeeklyVolumeSpikeGuardrail guardrail = new();

    /// <summary>Three prior weeks of 2 × 10 km (mean 20 km a week), then two runs of <paramref name="recentRunKm"/> in the last 7 days.</summary>
    private static DecisionSnapshot Weeks(double recentRunKm, double baseRunKm = 10) =>
        WithActivities([.. Runs(baseRunKm, 9, 12, 16, 19, 23, 26), .. Runs(recentRunKm, 2, 5)]);

    [Fact]
    public void Evaluate_RatioJustAbove1Point3_AsksReduceVolume()
    {
        var outcome = guardrail.Evaluate(Weeks(13.1), Defaults);
        AssertFired(outcome, Recommendation.ReduceVolume, "26.2 km in the last 7 days", "1.31 ×", "20.0 km", "above 1.30");
        AssertObserved(outcome, "run_distance_last_7_days_km", 26.2);
        AssertObserved(outcome, "mean_weekly_run_distance_prior_3_weeks_km", 20);
        AssertObserved(outcome, "ratio", 1.31);
        Assert.Equal(1.3, outcome.Thresholds["max_ratio"]);
        Assert.Equal(10, outcome.Thresholds["min_base_km_per_week"]);
    }

    [Fact]
    public void Evaluate_RatioJustBelow1Point3_Clears()
    {
        var outcome = guardrail.Evaluate(Weeks(12.9), Defaults);
        AssertClear(outcome, "25.8 km", "1.29 ×");
        AssertObserved(outcome, "ratio", 1.29);
    }

    [Fact]
    public void Evaluate_RidesInTheLastWeek_DoNotCount()
    {
        var snapshot = Weeks(10);
        var outcome = guardrail.Evaluate(snapshot with { Activities = [.. snapshot.Activities, Ride(1, 80), Ride(3, 60)] }, Defaults);
        AssertClear(outcome, "20.0 km in the last 7 days", "1.00 ×");
    }

    [Fact]
    public void Evaluate_TinyBase_NotEvaluatedSayingTheBaseIsTooSmall()
    {
        // Prior weeks 2 × 4 km = 8 km a week; last week 20 km would be 2.5 × but on too small a base to judge.
        var outcome = guardrail.Evaluate(Weeks(10, baseRunKm: 4), Defaults);
        AssertNotEvaluated(outcome, "averaged 8.0 km a week", "below the 10 km base");
        AssertObserved(outcome, "ratio", 2.5);
    }

    [Fact]
    public void Evaluate_NoRuns_NotEvaluated()
    {
        var outcome = guardrail.Evaluate(Empty(), Defaults);
        AssertNotEvaluated(outcome, "averaged 0.0 km a week");
        AssertObserved(outcome, "ratio", null);
    }

    [Fact]
    public void Evaluate_AthleteOverrides_ChangeTheOutcome()
    {
        AssertFired(guardrail.Evaluate(Weeks(10, baseRunKm: 4), With(WeeklyVolumeSpikeGuardrail.MinBaseKmPerWeek, 5)),
            Recommendation.ReduceVolume, "2.50 ×");
        var outcome = guardrail.Evaluate(Weeks(13.1), With(WeeklyVolumeSpikeGuardrail.MaxRatio, 1.4));
        AssertClear(outcome, "at most 1.40");
        Assert.Equal(1.4, outcome.Thresholds["max_ratio"]);
    }
}
