using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class HighSorenessGuardrailTests
{
    private readonly HighSorenessGuardrail guardrail = new();

    [Fact]
    public void Evaluate_Overall6_JustBelow_Clear()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, soreness: 6)));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(6, outcome.Observed["soreness_0_10"]);
        Assert.Null(outcome.Observed["max_site_soreness_0_10"]);
        Assert.Equal(7, outcome.Thresholds["min_0_10"]);
        Assert.Contains("overall 6/10 (< 7)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Overall7_AtLine_CrossTrainOrRest()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, soreness: 7)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.CrossTrainOrRest, outcome.AsksFor);
        Assert.Contains("overall soreness 7/10 (≥ 7)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_OneSiteAt7_OverallLow_CrossTrainOrRest()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, soreness: 3, sites: Sites(("quads", 7), ("calf", 2)))));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.CrossTrainOrRest, outcome.AsksFor);
        Assert.Equal(7, outcome.Observed["max_site_soreness_0_10"]);
        Assert.Contains("soreness 7/10 at the quads (≥ 7)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_SitesAt6_Clear()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, sites: Sites(("quads", 6), ("hamstring", 6)))));
        Assert.False(outcome.Fired);
        Assert.Equal(6, outcome.Observed["max_site_soreness_0_10"]);
        Assert.Contains("worst site hamstring 6/10", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoSorenessReported_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, restingHr: 50)));
        Assert.False(outcome.Evaluated);
        Assert.Null(outcome.Observed["soreness_0_10"]);
        Assert.Contains("no soreness reported", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AthleteOverrideMin6_Overall6Fires()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, soreness: 6)), With(guardrail, HighSorenessGuardrail.Min, 6));
        Assert.True(outcome.Fired);
        Assert.Equal(6, outcome.Thresholds["min_0_10"]);
        Assert.Contains("overall soreness 6/10 (≥ 6)", outcome.Reason);
    }
}
