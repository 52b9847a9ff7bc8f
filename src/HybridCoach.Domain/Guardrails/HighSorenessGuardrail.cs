namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>high_soreness</c>: overall soreness, or soreness at any one site, at or above <c>min_0_10</c> on the 0–10
/// scale → CROSS_TRAIN_OR_REST: running on muscles that sore loads tissue that has not recovered and changes the
/// gait. The 7/10 line is a product rule (the upper third of the scale, "severe"); no study fixes it.
/// </summary>
public sealed class HighSorenessGuardrail : IGuardrail
{
    public const string Min = "high_soreness.min_0_10";

    public string Id => "high_soreness";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(Min, 7, 3, 10, "soreness (0–10, overall or at one site) that asks for no running",
            "product rule: 7–10 is the severe third of the 0–10 scale"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var min = settings.Get(Min);
        var today = snapshot.Today;
        var worstSite = today?.SorenessBySite.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (KeyValuePair<string, int>?)p).FirstOrDefault();
        var observed = Values.Observed(("soreness_0_10", today?.Soreness), ("max_site_soreness_0_10", worstSite?.Value));
        var thresholds = Values.Thresholds(("min_0_10", min));
        if (today is null || today.Soreness is null && worstSite is null)
            return GuardrailOutcome.NotEvaluated(Id, "no soreness reported for the day", observed, thresholds);
        if (today.Soreness >= min)
            return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest,
                $"overall soreness {today.Soreness}/10 (≥ {min}): no running today, cross-train or rest", observed, thresholds);
        if (worstSite is { } site && site.Value >= min)
            return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest,
                $"soreness {site.Value}/10 at the {site.Key} (≥ {min}): no running today, cross-train or rest", observed, thresholds);
        var parts = new List<string>();
        if (today.Soreness is { } overall) parts.Add($"overall {overall}/10");
        if (worstSite is { } w) parts.Add($"worst site {w.Key} {w.Value}/10");
        return GuardrailOutcome.Clear(Id, $"soreness {string.Join(", ", parts)} (< {min})", observed, thresholds);
    }
}
