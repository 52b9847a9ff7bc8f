using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class HardYesterdayGuardrailTests
{
    private readonly HardYesterdayGuardrail guardrail = new();

    [Fact]
    public void Evaluate_HardSessionYesterday_AsksReduceIntensity()
    {
        var outcome = guardrail.Evaluate(WithActivities([Run(1, 12, hard: true), Run(3, 8)]), Defaults);
        AssertFired(outcome, Recommendation.ReduceIntensity, "hard session yesterday", "2025-03-09", "no hard days back to back");
        AssertObserved(outcome, "hard_sessions_in_window", 1);
        AssertObserved(outcome, "days_since_hard_session", 1);
        Assert.Equal(1, outcome.Thresholds["recovery_days"]);
    }

    [Fact]
    public void Evaluate_HardSessionTwoDaysAgoEasyYesterday_Clears()
    {
        var outcome = guardrail.Evaluate(WithActivities([Run(1, 8), Run(2, 12, hard: true)]), Defaults);
        AssertClear(outcome, "no hard session yesterday");
        AssertObserved(outcome, "hard_sessions_in_window", 0);
        AssertObserved(outcome, "days_since_hard_session", null);
    }

    [Fact]
    public void Evaluate_HardRideYesterday_AlsoCounts() =>
        AssertFired(guardrail.Evaluate(WithActivities([Ride(1, 40, hard: true)]), Defaults), Recommendation.ReduceIntensity);

    [Fact]
    public void Evaluate_NoActivities_NotEvaluated() =>
        AssertNotEvaluated(guardrail.Evaluate(Empty(), Defaults), "no activities in the 42 days");

    [Fact]
    public void Evaluate_AthleteNeedsTwoEasyDays_HardSessionTwoDaysAgoFires()
    {
        var snapshot = WithActivities([Run(1, 8), Run(2, 12, hard: true)]);
        AssertClear(guardrail.Evaluate(snapshot, Defaults));
        var outcome = guardrail.Evaluate(snapshot, With(HardYesterdayGuardrail.RecoveryDays, 2));
        AssertFired(outcome, Recommendation.ReduceIntensity, "hard session 2 days ago", "2025-03-08", "2 easy days");
        AssertObserved(outcome, "days_since_hard_session", 2);
        Assert.Equal(2, outcome.Thresholds["recovery_days"]);
    }
}
