using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>acwr_very_high</c>: rolling coupled ACWR above <c>acwr_very_high.max_ratio</c> (1.8) → CROSS_TRAIN_OR_REST,
/// or FULL_REST when the day's soreness (overall or at any site) is at least
/// <c>acwr_very_high.full_rest_soreness_0_10</c>. The 1.8 line is the product rule of the deterministic-rules
/// design this engine follows (seed 004: "if ACWR exceeds 1.8, the system returns CROSS_TRAIN_OR_REST or
/// FULL_REST"), well past Gabbett's 1.5 "danger zone" (BJSM 2016;50:273–280). The bands are heuristics
/// (Impellizzeri et al. 2020; science.md §3), which is why this only moves the run, never the athlete's plan.
/// </summary>
public sealed class AcwrVeryHighGuardrail : IGuardrail
{
    public const string MaxRatio = "acwr_very_high.max_ratio";
    public const string FullRestSoreness = "acwr_very_high.full_rest_soreness_0_10";

    public string Id => "acwr_very_high";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MaxRatio, 1.8, 1.3, 3, "rolling coupled ACWR above this asks for no running today",
            "deterministic-rules design (seed 004): ACWR above 1.8 → CROSS_TRAIN_OR_REST or FULL_REST"),
        new(FullRestSoreness, 7, 1, 10, "soreness (0–10, overall or any site) from which a very high ACWR means full rest",
            "product choice: 7 of 10 is 'very' sore on the 0–10 scale (the CR-10 anchors of Foster et al. 2001 put 7 at 'very hard')"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var max = settings.Get(MaxRatio);
        var soreLine = settings.Get(FullRestSoreness);
        var soreness = HighestSoreness(snapshot.Today);
        var observed = AcwrReadings.Observed(snapshot.Metrics, ("soreness_0_10", soreness));
        var thresholds = Values.Thresholds(("max_ratio", max), ("full_rest_soreness_0_10", soreLine));
        if (AcwrReadings.Decisive(snapshot) is not { } acwr) return GuardrailOutcome.NotEvaluated(Id, AcwrReadings.Missing(snapshot), observed, thresholds);
        if (acwr <= max)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"ACWR {acwr:0.00} is at most {max:0.00}"), observed, thresholds);
        if (soreness >= soreLine)
            return GuardrailOutcome.Fire(Id, Recommendation.FullRest,
                FormattableString.Invariant($"ACWR {acwr:0.00} above {max:0.00} with soreness {soreness}/10 (≥ {soreLine}): full rest"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest,
            FormattableString.Invariant($"ACWR {acwr:0.00} above {max:0.00}: the last week far outweighs the last four; no running today"), observed, thresholds);
    }

    /// <summary>The highest soreness reported for the day, overall or at any site; null when none was reported.</summary>
    public static double? HighestSoreness(RecoverySignals? today)
    {
        if (today is null) return null;
        int? highest = today.Soreness;
        foreach (var site in today.SorenessBySite.Values) highest = highest is { } h ? Math.Max(h, site) : site;
        return highest;
    }
}
