using System.Globalization;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>hrv_suppressed</c>: the morning HRV, as ln(rMSSD), below the athlete's own reference — the mean minus
/// <c>sd_factor</c> standard deviations of ln(rMSSD) over the previous <c>baseline_days</c> mornings (at least
/// <c>min_baseline_readings</c>, else not evaluated) → REDUCE_INTENSITY. Kiviniemi et al. 2007 (Eur J Appl Physiol
/// 101:743–751) guided training by a reference of mean − SD of the morning HRV over a baseline period (they used
/// high-frequency power; hard sessions only while HRV stayed above it) and found larger gains than a fixed plan;
/// Plews et al. 2013 (Sports Med 43:773–781) recommend the log-transformed rMSSD as the practical field measure,
/// since rMSSD is skewed and its log is closer to normal.
/// </summary>
public sealed class HrvSuppressedGuardrail : IGuardrail
{
    public const string SdFactor = "hrv_suppressed.sd_factor";
    public const string BaselineDays = "hrv_suppressed.baseline_days";
    public const string MinBaselineReadings = "hrv_suppressed.min_baseline_readings";

    public string Id => "hrv_suppressed";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(SdFactor, 1, 0.5, 3, "standard deviations of ln(rMSSD) below the baseline mean that count as suppressed",
            "Kiviniemi et al. 2007, Eur J Appl Physiol 101:743–751: reference = mean − SD"),
        new(BaselineDays, 28, 7, DecisionSnapshot.SignalWindowDays, "mornings before the day that form the baseline",
            "Kiviniemi et al. 2007: reference from a 4-week baseline"),
        new(MinBaselineReadings, 7, 3, DecisionSnapshot.SignalWindowDays, "reported mornings needed for a baseline",
            "Plews et al. 2013, Sports Med 43:773–781: at least a week of readings to judge ln rMSSD"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var factor = settings.Get(SdFactor);
        var days = (int)settings.Get(BaselineDays);
        var needed = (int)settings.Get(MinBaselineReadings);
        var rmssd = snapshot.Today?.HrvRmssdMs;
        double? lnToday = rmssd is { } r ? Math.Log(r) : null;
        var baseline = SignalBaseline.Before(snapshot, days, s => s.HrvRmssdMs is { } v ? Math.Log(v) : null);
        var ready = baseline.Count >= needed;
        double? mean = ready ? baseline.Mean : null, sd = ready ? baseline.SampleSd : null;
        double? floor = mean - factor * sd;
        var observed = Values.Observed(("hrv_rmssd_ms", rmssd), ("ln_rmssd", lnToday), ("baseline_ln_rmssd_mean", mean),
            ("baseline_ln_rmssd_sd", sd), ("baseline_readings", baseline.Count));
        var thresholds = floor is { } f
            ? Values.Thresholds(("sd_factor", factor), ("baseline_days", days), ("min_baseline_readings", needed), ("min_ln_rmssd", f))
            : Values.Thresholds(("sd_factor", factor), ("baseline_days", days), ("min_baseline_readings", needed));
        if (lnToday is not { } ln) return GuardrailOutcome.NotEvaluated(Id, "no HRV (rMSSD) reported for the day", observed, thresholds);
        if (floor is not { } line)
            return GuardrailOutcome.NotEvaluated(Id,
                $"{baseline.Count} HRV readings in the previous {days} days; {needed} needed for a baseline", observed, thresholds);
        var figures = Text($"ln rMSSD {ln:0.000} ({rmssd:0.#} ms) against the {days}-day baseline {mean:0.000} ± {sd:0.000} ({baseline.Count} mornings); line mean − {factor:0.##}·SD = {line:0.000}");
        return ln < line
            ? GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity, Text($"HRV suppressed: {figures}; no hard session"), observed, thresholds)
            : GuardrailOutcome.Clear(Id, Text($"HRV within the usual range: {figures}"), observed, thresholds);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
