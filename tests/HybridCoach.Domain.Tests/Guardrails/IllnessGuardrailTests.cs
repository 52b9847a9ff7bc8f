using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class IllnessGuardrailTests
{
    private readonly IllnessGuardrail guardrail = new();

    [Fact]
    public void Evaluate_BelowNeck_FullRest()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, illness: Illness.BelowNeck)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.FullRest, outcome.AsksFor);
        Assert.Equal(1, outcome.Observed["illness_below_neck"]);
        Assert.Equal(0, outcome.Observed["illness_above_neck"]);
        Assert.Contains("below the neck", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AboveNeck_AtMostRecoveryRun()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day, illness: Illness.AboveNeck)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
        Assert.Equal(1, outcome.Observed["illness_above_neck"]);
        Assert.Contains("recovery run", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoIllness_Clear()
    {
        var outcome = Evaluate(guardrail, Today(Signals(Day)));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(Recommendation.Proceed, outcome.AsksFor);
        Assert.Equal(0, outcome.Observed["illness_below_neck"]);
    }

    [Fact]
    public void Evaluate_NoSignalsForTheDay_NotEvaluated()
    {
        // Yesterday's illness does not count for today: the check-in is per day.
        var outcome = Evaluate(guardrail, On(Day, [Signals(Day.AddDays(-1), illness: Illness.BelowNeck)]));
        Assert.False(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["illness_below_neck"]);
    }

    [Fact]
    public void Engine_BelowNeckWithAboveNeckGuardrailsElsewhere_FullRestWins()
    {
        var engine = new GuardrailEngine([new IllnessGuardrail(), new PainFlagGuardrail()]);
        var decision = engine.Decide(Today(Signals(Day, illness: Illness.BelowNeck)), Defaults(guardrail));
        Assert.Equal(Recommendation.FullRest, decision.Recommendation);
        Assert.Equal(["illness"], decision.DecidedBy);
    }
}
