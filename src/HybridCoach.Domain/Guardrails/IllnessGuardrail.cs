using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>illness</c>: the "neck check" on the day's reported illness. Below the neck (fever, chest, aching muscles,
/// gut) → FULL_REST: exercising with a systemic viral illness risks a longer illness and, rarely, myocarditis.
/// Above the neck only (runny nose, sore throat) → at most RECOVERY_RUN: light running is reasonable and a
/// rhinovirus cold was not made worse by moderate exercise. Sources: the neck check as put by Eichner 1993
/// (Phys Sportsmed 21(1):125–135, "Infection, immunity, and exercise: what to tell patients?"); Weidner et al.
/// 1998 (Med Sci Sports Exerc 30:1578–1583) on exercising through an upper-respiratory cold. No thresholds.
/// </summary>
public sealed class IllnessGuardrail : IGuardrail
{
    public string Id => "illness";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var today = snapshot.Today;
        var thresholds = Values.Thresholds();
        var observed = Values.Observed(
            ("illness_above_neck", today is null ? null : today.Illness == Illness.AboveNeck ? 1 : 0),
            ("illness_below_neck", today is null ? null : today.Illness == Illness.BelowNeck ? 1 : 0));
        return today?.Illness switch
        {
            null => GuardrailOutcome.NotEvaluated(Id, "no recovery signals reported for the day", observed, thresholds),
            Illness.BelowNeck => GuardrailOutcome.Fire(Id, Recommendation.FullRest,
                "illness below the neck (fever, chest, aches or gut): no training until it has cleared", observed, thresholds),
            Illness.AboveNeck => GuardrailOutcome.Fire(Id, Recommendation.RecoveryRun,
                "illness above the neck only (head cold): at most a short, easy recovery run", observed, thresholds),
            _ => GuardrailOutcome.Clear(Id, "no illness reported", observed, thresholds),
        };
    }
}
