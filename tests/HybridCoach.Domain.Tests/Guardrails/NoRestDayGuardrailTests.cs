using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class NoRestDayGuardrailTests
{
    private readonly NoRestDayGuardrail guardrail = new();

    [Fact]
    public void Evaluate_TenDaysWithoutRest_AsksCrossTrainOrRest()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(consecutiveTrainingDays: 10, daysSinceRest: 10)), Defaults);
        AssertFired(outcome, Recommendation.CrossTrainOrRest, "10 days in a row", "limit 10", "rest today");
        AssertObserved(outcome, "days_without_rest", 10);
        AssertObserved(outcome, "days_since_rest", 10);
        AssertObserved(outcome, "consecutive_training_days", 10);
        Assert.Equal(10, outcome.Thresholds["limit_days"]);
    }

    [Fact]
    public void Evaluate_NineDaysWithoutRest_Clears() =>
        AssertClear(guardrail.Evaluate(WithMetrics(Metrics(consecutiveTrainingDays: 9, daysSinceRest: 9)), Defaults), "9 days in a row", "limit 10");

    [Fact]
    public void Evaluate_WalksOnRestDays_CountDaysSinceRestNotTrainingDays()
    {
        // A 20-minute walk every day is a training day but a rest day (Load.TrainingStreak): 14 training days, rested 3 days ago.
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(consecutiveTrainingDays: 14, daysSinceRest: 3)), Defaults);
        AssertClear(outcome, "3 days in a row");
    }

    [Fact]
    public void Evaluate_NoRestDayOnRecord_UsesConsecutiveTrainingDays()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(consecutiveTrainingDays: 12, daysSinceRest: null)), Defaults);
        AssertFired(outcome, Recommendation.CrossTrainOrRest, "12 days in a row");
        AssertObserved(outcome, "days_since_rest", null);
    }

    [Fact]
    public void Evaluate_NoMetrics_NotEvaluated() =>
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no training metrics as of 2025-03-09");

    [Fact]
    public void Evaluate_AthleteRaisesTheLimit_Clears()
    {
        var outcome = guardrail.Evaluate(WithMetrics(Metrics(consecutiveTrainingDays: 12, daysSinceRest: 12)), With(NoRestDayGuardrail.LimitDays, 14));
        AssertClear(outcome, "12 days in a row", "limit 14");
        Assert.Equal(14, outcome.Thresholds["limit_days"]);
    }
}
