using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class PainFlagGuardrailTests
{
    private readonly PainFlagGuardrail guardrail = new();

    [Fact]
    public void Evaluate_PainAtCalf_AsksFullRest()
    {
        var outcome = guardrail.Evaluate(Empty() with { Signals = [Pain()] }, Defaults);
        AssertFired(outcome, Recommendation.FullRest, "pain reported at the calf");
        AssertObserved(outcome, "pain", 1);
        Assert.Empty(outcome.Thresholds);
    }

    [Fact]
    public void Evaluate_NoPainToday_Clears()
    {
        var outcome = guardrail.Evaluate(Empty() with { Signals = [Soreness(4)] }, Defaults);
        AssertClear(outcome, "no pain reported");
        AssertObserved(outcome, "pain", 0);
    }

    [Fact]
    public void Evaluate_PainOnlyYesterday_NotEvaluatedForToday()
    {
        var outcome = guardrail.Evaluate(Empty() with { Signals = [Pain(Date.AddDays(-1))] }, Defaults);
        AssertNotEvaluated(outcome, "no recovery signals reported for the day");
        AssertObserved(outcome, "pain", null);
    }

    [Fact]
    public void Evaluate_NoSignals_NotEvaluated() =>
        AssertNotEvaluated(guardrail.Evaluate(Empty() with { Signals = [RecoverySignals.Empty(Date.AddDays(-2))] }, Defaults), "no recovery signals");

    [Fact]
    public void Settings_None_PainCannotBeTunedAway() => Assert.Empty(guardrail.Settings);
}
