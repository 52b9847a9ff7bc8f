namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>acwr_high</c>: rolling coupled ACWR at or above <c>acwr_high.min_ratio</c> (1.5) → REDUCE_VOLUME. Gabbett
/// 2016 (BJSM 50:273–280): "acute:chronic workload ratios ≥1.5 represent the 'danger zone'" (science.md §3).
/// It also fires in <c>acwr_very_high</c> territory; the precedence lets the stronger call win.
/// Caveat: the bands are heuristics (Impellizzeri et al. 2020), and Frandsen et al. 2025 (BJSM 59:1203–1210)
/// found no positive association of a distance ACWR with running injury — hence only a shorter session.
/// </summary>
public sealed class AcwrHighGuardrail : IGuardrail
{
    public const string MinRatio = "acwr_high.min_ratio";

    public string Id => "acwr_high";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MinRatio, 1.5, 1.1, 3, "rolling coupled ACWR at or above this asks for less volume",
            "Gabbett 2016, BJSM 50:273–280: ACWR ≥ 1.5 is the 'danger zone'"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var min = settings.Get(MinRatio);
        var observed = AcwrReadings.Observed(snapshot.Metrics);
        var thresholds = Values.Thresholds(("min_ratio", min));
        if (AcwrReadings.Decisive(snapshot) is not { } acwr) return GuardrailOutcome.NotEvaluated(Id, AcwrReadings.Missing(snapshot), observed, thresholds);
        if (acwr < min)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"ACWR {acwr:0.00} is below {min:0.00}"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceVolume,
            FormattableString.Invariant($"ACWR {acwr:0.00} is at or above {min:0.00} (Gabbett's danger zone): shorten today's session"), observed, thresholds);
    }
}
