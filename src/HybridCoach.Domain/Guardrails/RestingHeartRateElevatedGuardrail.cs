using System.Globalization;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>resting_hr_elevated</c>: the morning resting HR against the athlete's own baseline (the mean of the
/// mornings reported in the previous <c>baseline_days</c>; at least <c>min_baseline_readings</c> of them, else
/// not evaluated). Up by <c>min_rise_bpm</c> or more → REDUCE_INTENSITY; by <c>high_rise_bpm</c> or more →
/// RECOVERY_RUN. Morning HR rising above its usual level is a classic, if noisy, sign of incomplete recovery,
/// illness or overreaching (Achten &amp; Jeukendrup 2003, Sports Med 33:517–538, review of HR monitoring;
/// Dressendorfer et al. 1985, Phys Sportsmed 13(8):77–86, on raised morning HR in overtrained runners). The
/// 5 and 10 bpm lines are coaching convention set above the few-bpm day-to-day noise, not a measured cut-off.
/// </summary>
public sealed class RestingHeartRateElevatedGuardrail : IGuardrail
{
    public const string MinRiseBpm = "resting_hr_elevated.min_rise_bpm";
    public const string HighRiseBpm = "resting_hr_elevated.high_rise_bpm";
    public const string BaselineDays = "resting_hr_elevated.baseline_days";
    public const string MinBaselineReadings = "resting_hr_elevated.min_baseline_readings";

    private const string Convention = "coaching convention above day-to-day noise (Achten & Jeukendrup 2003, Sports Med 33:517–538)";

    public string Id => "resting_hr_elevated";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MinRiseBpm, 5, 2, 20, "rise over the baseline (bpm) that asks for no hard session", Convention),
        new(HighRiseBpm, 10, 3, 30, "rise over the baseline (bpm) that asks for a recovery run at most", Convention),
        new(BaselineDays, 14, 7, DecisionSnapshot.SignalWindowDays, "mornings before the day that form the baseline",
            "two weeks: long enough to average out day-to-day noise, short enough to follow fitness (convention)"),
        new(MinBaselineReadings, 5, 3, DecisionSnapshot.SignalWindowDays, "reported mornings needed for a baseline",
            "product rule: a mean of fewer than five mornings is dominated by one odd reading"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var minRise = settings.Get(MinRiseBpm);
        var highRise = settings.Get(HighRiseBpm);
        var days = (int)settings.Get(BaselineDays);
        var needed = (int)settings.Get(MinBaselineReadings);
        var today = snapshot.Today?.RestingHrBpm;
        var baseline = SignalBaseline.Before(snapshot, days, s => s.RestingHrBpm);
        double? mean = baseline.Count >= needed ? baseline.Mean : null;
        var rise = today - mean;
        var observed = Values.Observed(("resting_hr_bpm", today), ("baseline_resting_hr_bpm", mean), ("rise_bpm", rise),
            ("baseline_readings", baseline.Count));
        var thresholds = Values.Thresholds(("min_rise_bpm", minRise), ("high_rise_bpm", highRise), ("baseline_days", days),
            ("min_baseline_readings", needed));
        if (today is null) return GuardrailOutcome.NotEvaluated(Id, "no resting HR reported for the day", observed, thresholds);
        if (mean is not { } m || rise is not { } r)
            return GuardrailOutcome.NotEvaluated(Id,
                $"{baseline.Count} resting HR readings in the previous {days} days; {needed} needed for a baseline", observed, thresholds);
        var figures = Text($"resting HR {today} bpm is {r:+0.0;-0.0;0.0} bpm against the {days}-day baseline of {m:0.0} bpm ({baseline.Count} mornings)");
        if (r >= highRise)
            return GuardrailOutcome.Fire(Id, Recommendation.RecoveryRun, Text($"{figures} (≥ +{highRise:0.#}): a recovery run at most"), observed, thresholds);
        if (r >= minRise)
            return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity, Text($"{figures} (≥ +{minRise:0.#}): no hard session"), observed, thresholds);
        return GuardrailOutcome.Clear(Id, Text($"{figures} (< +{minRise:0.#})"), observed, thresholds);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
