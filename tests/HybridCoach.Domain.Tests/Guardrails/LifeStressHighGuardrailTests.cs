using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class LifeStressHighGuardrailTests
{
    private readonly LifeStressHighGuardrail guardrail = new();

    [Fact]
    public void Evaluate_Stress4_JustBelow_Clear()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, lifeStress: 4)));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(4, outcome.Observed["life_stress_1_5"]);
        Assert.Equal(5, outcome.Thresholds["min_1_5"]);
        Assert.Equal("life stress 4/5 (< 5)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Stress5_AtLine_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, lifeStress: 5)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Contains("life stress 5/5 (≥ 5)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoStressReported_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, soreness: 2)));
        Assert.False(outcome.Evaluated);
        Assert.Null(outcome.Observed["life_stress_1_5"]);
    }

    [Fact]
    public void Evaluate_AthleteOverrideMin4_Stress4Fires()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, lifeStress: 4)), With(guardrail, LifeStressHighGuardrail.Min, 4));
        Assert.True(outcome.Fired);
        Assert.Contains("life stress 4/5 (≥ 4)", outcome.Reason);
    }
}
