namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>injury_site_soreness</c>: soreness at a body site that appears in the injury history, judged on a lower line
/// than <see cref="HighSorenessGuardrail"/>, because an old injury site is where trouble returns (a previous injury
/// is the strongest single risk factor for a running injury: Hulme et al. 2017, Sports Med 47:869–886). At or
/// above <c>min_0_10</c> → CROSS_TRAIN_OR_REST. Lower, but at or above <c>caution_min_0_10</c> — pain-free
/// soreness, "the calf is talking to you" (seed 004) — → REDUCE_INTENSITY: run easy, nothing that loads it hard.
/// Both lines may be set per site (<c>injury_site_soreness.min_0_10.calf</c>). A sore site matches a history
/// site by name, ignoring a left_/right_ prefix. Pain itself is <see cref="PainFlagGuardrail"/>'s call.
/// </summary>
public sealed class InjurySiteSorenessGuardrail : IGuardrail
{
    public const string Min = "injury_site_soreness.min_0_10";
    public const string CautionMin = "injury_site_soreness.caution_min_0_10";

    public string Id => "injury_site_soreness";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(Min, 4, 1, 10, "soreness (0–10) at an injury-history site that asks for no running",
            "product rule, below the 5/10 the pain-monitoring model tolerates during loading (Silbernagel et al. 2007, Am J Sports Med 35:897–906)", PerSite: true),
        new(CautionMin, 2, 1, 10, "pain-free soreness (0–10) at an injury-history site that asks for no hard session",
            "product rule: the site is talking (seed 004, the calf history)", PerSite: true),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var today = snapshot.Today;
        var historySites = snapshot.Injuries.Select(i => i.Site).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var worst = today is null ? null : Worst(today.SorenessBySite, historySites, settings);
        var observed = Values.Observed(("injury_site_soreness_0_10", worst?.Soreness), ("injury_history_sites", historySites.Count));
        var thresholds = Values.Thresholds(("min_0_10", worst?.Min ?? settings.Get(Min)), ("caution_min_0_10", worst?.Caution ?? settings.Get(CautionMin)));
        if (historySites.Count == 0) return GuardrailOutcome.Clear(Id, "no injury history", observed, thresholds);
        var sites = string.Join(", ", historySites);
        if (today is null || today.Soreness is null && today.SorenessBySite.Count == 0)
            return GuardrailOutcome.NotEvaluated(Id, $"no soreness reported for the day (history: {sites})", observed, thresholds);
        if (worst is not { } w) return GuardrailOutcome.Clear(Id, $"no soreness reported at an injury-history site ({sites})", observed, thresholds);
        var figures = $"soreness {w.Soreness}/10 at the {w.SoreSite}, a site in the injury history";
        if (w.Soreness >= w.Min)
            return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest, $"{figures} (≥ {w.Min}): no running today, cross-train or rest", observed, thresholds);
        if (w.Soreness >= w.Caution)
            return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity,
                $"{figures} (≥ {w.Caution}, < {w.Min}): the {w.SoreSite} is talking to you — easy running only, no hard session", observed, thresholds);
        return GuardrailOutcome.Clear(Id, $"{figures} (< {w.Caution})", observed, thresholds);
    }

    private sealed record SiteReading(string SoreSite, int Soreness, double Min, double Caution)
    {
        public int Level => Soreness >= Min ? 2 : Soreness >= Caution ? 1 : 0;
    }

    private static SiteReading? Worst(IReadOnlyDictionary<string, int> soreness, List<string> historySites, GuardrailSettings settings)
    {
        SiteReading? worst = null;
        foreach (var (soreSite, value) in soreness)
        {
            var history = historySites.FirstOrDefault(h => Base(h) == Base(soreSite));
            if (history is null) continue;
            var reading = new SiteReading(soreSite, value, settings.ForSite(Min, history), settings.ForSite(CautionMin, history));
            if (worst is null || Order(reading, worst) > 0) worst = reading;
        }
        return worst;
    }

    private static int Order(SiteReading a, SiteReading b) =>
        a.Level != b.Level ? a.Level.CompareTo(b.Level)
        : a.Soreness != b.Soreness ? a.Soreness.CompareTo(b.Soreness)
        : -string.CompareOrdinal(a.SoreSite, b.SoreSite);

    private static string Base(string site) =>
        site.StartsWith("left_", StringComparison.Ordinal) ? site[5..]
        : site.StartsWith("right_", StringComparison.Ordinal) ? site[6..]
        : site;
}
