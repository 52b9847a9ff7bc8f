namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>acwr_caution</c>: the athlete's own caution line — rolling coupled ACWR above <c>acwr_caution.max_ratio</c>
/// (1.3, the top of Gabbett's 0.8–1.3 "sweet spot", BJSM 2016;50:273–280) → REDUCE_INTENSITY. It applies to
/// athletes with an injury history (a previous injury is the risk factor most consistently linked to a new running
/// injury: Saragiotto et al. 2014, Sports Med 44:1153–1163, a systematic review;
/// the line is a product choice on top of it), or to everyone when
/// <c>acwr_caution.applies_without_injury_history</c> is 1. An athlete's history can lower the line further (a calf
/// history, say, to 1.25) by overriding the setting.
/// </summary>
public sealed class AcwrCautionGuardrail : IGuardrail
{
    public const string MaxRatio = "acwr_caution.max_ratio";
    public const string AppliesWithoutInjuryHistory = "acwr_caution.applies_without_injury_history";

    public string Id => "acwr_caution";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MaxRatio, 1.3, 1, 2, "rolling coupled ACWR above this asks an athlete with an injury history to keep today easy",
            "Gabbett 2016, BJSM 50:273–280: 0.8–1.3 is the 'sweet spot'"),
        new(AppliesWithoutInjuryHistory, 0, 0, 1, "1: the caution line applies to athletes without an injury history too; 0: only with one",
            "product choice: the caution line is for athletes with an injury history (issue 4)"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var max = settings.Get(MaxRatio);
        var everyone = settings.Get(AppliesWithoutInjuryHistory) >= 0.5;
        var injuries = snapshot.Injuries.Count;
        var observed = AcwrReadings.Observed(snapshot.Metrics, ("injuries_in_history", injuries));
        var thresholds = Values.Thresholds(("max_ratio", max), ("applies_without_injury_history", everyone ? 1 : 0));
        if (AcwrReadings.Decisive(snapshot) is not { } acwr) return GuardrailOutcome.NotEvaluated(Id, AcwrReadings.Missing(snapshot), observed, thresholds);
        if (injuries == 0 && !everyone)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"ACWR {acwr:0.00}; no injury history, so the caution line {max:0.00} does not apply"), observed, thresholds);
        if (acwr <= max)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"ACWR {acwr:0.00} is within the caution line {max:0.00}"), observed, thresholds);
        var who = injuries > 0 ? $" for an athlete with {injuries} injur{(injuries == 1 ? "y" : "ies")} in their history" : "";
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity,
            FormattableString.Invariant($"ACWR {acwr:0.00} is above the caution line {max:0.00}{who}: keep today easy"), observed, thresholds);
    }
}
