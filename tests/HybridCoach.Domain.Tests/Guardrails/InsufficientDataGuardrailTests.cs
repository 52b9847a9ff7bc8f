using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class InsufficientDataGuardrailTests
{
    private readonly InsufficientDataGuardrail guardrail = new();

    [Fact]
    public void Evaluate_TwoActivitiesIn14Days_AsksNeedsMoreDataSayingWhenReady()
    {
        var outcome = guardrail.Evaluate(WithActivities([Run(1, 5), Ride(14, 20), Run(15, 8)]), Defaults);
        AssertFired(outcome, Recommendation.NeedsMoreData, "2 activities in the last 14 days", "1 more needed", "ready on 2025-03-11");
        AssertObserved(outcome, "activities_in_window", 2);
        Assert.Equal(3, outcome.Thresholds["min_activities"]);
        Assert.Equal(14, outcome.Thresholds["window_days"]);
    }

    [Fact]
    public void Evaluate_ThreeActivitiesIn14Days_Clears()
    {
        var outcome = guardrail.Evaluate(WithActivities([Run(1, 5), Run(7, 5), Ride(14, 20)]), Defaults);
        AssertClear(outcome, "3 activities in the last 14 days (≥ 3)");
        AssertObserved(outcome, "activities_in_window", 3);
    }

    [Fact]
    public void Evaluate_NoActivities_SaysThreeMoreAndTheEarliestDay() =>
        AssertFired(guardrail.Evaluate(Empty(), Defaults), Recommendation.NeedsMoreData, "0 activities", "3 more needed", "ready on 2025-03-13");

    [Fact]
    public void Evaluate_AthleteOverrides_ChangeTheOutcome()
    {
        var snapshot = WithActivities([Run(1, 5), Run(10, 5), Run(20, 5)]);
        AssertFired(guardrail.Evaluate(snapshot, Defaults), Recommendation.NeedsMoreData, "2 activities");
        AssertClear(guardrail.Evaluate(snapshot, With(InsufficientDataGuardrail.WindowDays, 21)), "3 activities in the last 21 days");
        AssertFired(guardrail.Evaluate(WithActivities([Run(1, 5), Run(2, 5), Run(3, 5)]), With(InsufficientDataGuardrail.MinActivities, 4)),
            Recommendation.NeedsMoreData, "3 activities", "1 more needed");
    }
}
