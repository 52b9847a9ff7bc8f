namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>life_stress_high</c>: life stress reported at or above <c>min_1_5</c> on the 1–5 scale → REDUCE_INTENSITY.
/// Psychological stress slows recovery from hard exercise (Stults-Kolehmainen &amp; Bartholomew 2012, Med Sci
/// Sports Exerc 44:2220–2227: students under high stress recovered strength and soreness more slowly). The 5/5
/// line is a product rule: only the top of the scale changes the day's call.
/// </summary>
public sealed class LifeStressHighGuardrail : IGuardrail
{
    public const string Min = "life_stress_high.min_1_5";

    public string Id => "life_stress_high";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(Min, 5, 2, 5, "life stress (1–5) that asks for no hard session",
            "product rule (top of the scale); Stults-Kolehmainen & Bartholomew 2012, Med Sci Sports Exerc 44:2220–2227"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var min = settings.Get(Min);
        var stress = snapshot.Today?.LifeStress;
        var observed = Values.Observed(("life_stress_1_5", stress));
        var thresholds = Values.Thresholds(("min_1_5", min));
        if (stress is not { } s) return GuardrailOutcome.NotEvaluated(Id, "no life stress reported for the day", observed, thresholds);
        return s >= min
            ? GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity, $"life stress {s}/5 (≥ {min}): keep today easy, no hard session", observed, thresholds)
            : GuardrailOutcome.Clear(Id, $"life stress {s}/5 (< {min})", observed, thresholds);
    }
}
