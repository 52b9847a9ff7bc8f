using System.Globalization;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>poor_sleep_streak</c>: <c>nights</c> poor nights in a row ending with last night → REDUCE_INTENSITY. Each
/// morning's report is about the night before; a night is poor when it was shorter than <c>min_sleep_hours</c> or
/// rated <c>max_poor_quality_1_5</c> or lower. A morning with no sleep report breaks the streak (a missing night is
/// not assumed poor), and the reason then says so. Hirshkowitz et al. 2015 (Sleep Health 1:40–43, National Sleep
/// Foundation): 7–9 h recommended for adults, under 6 h "not recommended"; Fullagar et al. 2015 (Sports Med
/// 45:161–186) review the impaired performance and recovery after restricted sleep. Three nights: product rule of
/// the deterministic-rules design this engine follows (one bad night is common and harmless).
/// </summary>
public sealed class PoorSleepStreakGuardrail : IGuardrail
{
    public const string Nights = "poor_sleep_streak.nights";
    public const string MinSleepHours = "poor_sleep_streak.min_sleep_hours";
    public const string MaxPoorQuality = "poor_sleep_streak.max_poor_quality_1_5";

    public string Id => "poor_sleep_streak";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(Nights, 3, 2, 7, "poor nights in a row that ask for no hard session", "product rule (issue 4): three poor nights in a row"),
        new(MinSleepHours, 6, 4, 9, "a night shorter than this is poor",
            "Hirshkowitz et al. 2015, Sleep Health 1:40–43: < 6 h not recommended for adults"),
        new(MaxPoorQuality, 2, 1, 4, "a night rated this or lower (1–5) is poor", "product rule: 1–2 on the 1–5 scale = poor"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var nights = (int)settings.Get(Nights);
        var minHours = settings.Get(MinSleepHours);
        var maxQuality = settings.Get(MaxPoorQuality);
        var today = snapshot.Today;
        // Counted back from today, stopping once the streak is long enough: poor_nights_in_a_row tops out at nights.
        var streak = 0;
        DateOnly? unreported = null;
        for (var day = snapshot.Date; streak < nights; day = day.AddDays(-1))
        {
            var signals = snapshot.SignalsOn(day);
            if (signals is null || signals.SleepHours is null && signals.SleepQuality is null) { unreported = day; break; }
            if (!(signals.SleepHours < minHours || signals.SleepQuality <= maxQuality)) break;
            streak++;
        }
        var observed = Values.Observed(("poor_nights_in_a_row", unreported == snapshot.Date ? null : streak),
            ("sleep_hours", today?.SleepHours), ("sleep_quality_1_5", today?.SleepQuality));
        var thresholds = Values.Thresholds(("nights", nights), ("min_sleep_hours", minHours), ("max_poor_quality_1_5", maxQuality));
        if (unreported == snapshot.Date) return GuardrailOutcome.NotEvaluated(Id, "no sleep reported for last night", observed, thresholds);
        var rule = Text($"(poor = under {minHours:0.##} h or quality ≤ {maxQuality:0}/5)");
        if (streak >= nights)
            return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity, $"{streak} poor nights in a row {rule}: no hard session", observed, thresholds);
        var why = unreported is { } gap ? $"; no sleep reported for {gap:yyyy-MM-dd}, which breaks the streak" : "";
        return GuardrailOutcome.Clear(Id, $"{streak} poor night{(streak == 1 ? "" : "s")} in a row, fewer than {nights} {rule}{why}", observed, thresholds);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
