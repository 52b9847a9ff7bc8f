using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>Defaults: 4/10 at a history site → no running; 2–3/10 ("the calf is talking to you", seed 004) → no hard session.</summary>
public class InjurySiteSorenessGuardrailTests
{
    private readonly InjurySiteSorenessGuardrail guardrail = new();

    private static DecisionSnapshot CalfHistory(params (string Site, int Soreness)[] sites) =>
        Today(Signals(Day, sites: Sites(sites)), Injury("calf"));

    [Fact]
    public void Evaluate_Calf3_JustBelowLine_ReduceIntensityOnly()
    {
        var outcome = Evaluate(guardrail, CalfHistory(("calf", 3)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(3, outcome.Observed["injury_site_soreness_0_10"]);
        Assert.Equal(1, outcome.Observed["injury_history_sites"]);
        Assert.Equal(4, outcome.Thresholds["min_0_10"]);
        Assert.Equal(2, outcome.Thresholds["caution_min_0_10"]);
        Assert.Contains("soreness 3/10 at the calf", outcome.Reason);
        Assert.Contains("the calf is talking to you", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Calf4_AtLine_CrossTrainOrRest()
    {
        var outcome = Evaluate(guardrail, CalfHistory(("calf", 4)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.CrossTrainOrRest, outcome.AsksFor);
        Assert.Contains("soreness 4/10 at the calf, a site in the injury history (≥ 4)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Calf1_BelowCautionLine_Clear()
    {
        var outcome = Evaluate(guardrail, CalfHistory(("calf", 1)));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Contains("soreness 1/10 at the calf", outcome.Reason);
        Assert.Contains("(< 2)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Calf2_AtCautionLine_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, CalfHistory(("calf", 2)));
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
    }

    [Fact]
    public void Evaluate_SorenessAtSiteWithoutHistory_Clear()
    {
        // Quads 6/10 is high_soreness's business, not this guardrail's: no quad injury on record.
        var outcome = Evaluate(guardrail, CalfHistory(("quads", 6)));
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["injury_site_soreness_0_10"]);
        Assert.Contains("no soreness reported at an injury-history site (calf)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_SidePrefixedSite_MatchesHistory()
    {
        var outcome = Evaluate(guardrail, CalfHistory(("left_calf", 5)));
        Assert.Equal(Recommendation.CrossTrainOrRest, outcome.AsksFor);
        Assert.Contains("at the left_calf", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoInjuryHistory_Clear()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, sites: Sites(("calf", 9)))));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Observed["injury_history_sites"]);
    }

    [Fact]
    public void Evaluate_NoSorenessReported_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, restingHr: 48), Injury("calf")));
        Assert.False(outcome.Evaluated);
        Assert.Contains("no soreness reported for the day (history: calf)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_CalfSiteOverride3_Calf3Fires()
    {
        var settings = With(guardrail, "injury_site_soreness.min_0_10.calf", 3);
        var outcome = Evaluate(guardrail, CalfHistory(("calf", 3)), settings);
        Assert.Equal(Recommendation.CrossTrainOrRest, outcome.AsksFor);
        Assert.Equal(3, outcome.Thresholds["min_0_10"]);
        Assert.Contains("(≥ 3)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_CalfSiteOverride_DoesNotChangeOtherHistorySite()
    {
        var settings = With(guardrail, "injury_site_soreness.min_0_10.calf", 3);
        var outcome = Evaluate(guardrail, Today(Signals(Day, sites: Sites(("knee", 3))), Injury("calf"), Injury("knee")), settings);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(4, outcome.Thresholds["min_0_10"]);
    }
}
