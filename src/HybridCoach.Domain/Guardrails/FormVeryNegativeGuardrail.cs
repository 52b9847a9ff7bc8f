using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>form_very_negative</c>: relative form — form ÷ chronic load, in % — below
/// <c>form_very_negative.min_relative_form_pct</c> (−30 %) → REDUCE_VOLUME. Form for the decided day is the day
/// before's chronic − acute load (TrainingPeaks "yesterday's fitness − yesterday's fatigue"; science.md §6), so it
/// is read from the snapshot's metrics of that day. The −30 % line is the edge of intervals.icu's "high risk" form
/// band (optimal −10 to −30 %; from its fitness chart as described on forum.intervals.icu, not an official formula
/// page or a trial). Not evaluated while the history is in its warm-up (the workload ratios are still undefined):
/// three runs in a first week have a chronic load near 0 and a "form" of −300 % that means nothing.
/// </summary>
public sealed class FormVeryNegativeGuardrail : IGuardrail
{
    public const string MinRelativeFormPct = "form_very_negative.min_relative_form_pct";

    public string Id => "form_very_negative";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MinRelativeFormPct, -30, -100, 0, "form below this % of chronic load asks for less volume",
            "intervals.icu form bands: below −30 % is 'high risk' (forum.intervals.icu)"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var min = settings.Get(MinRelativeFormPct);
        var metrics = snapshot.Metrics;
        double? form = metrics is null ? null : metrics.ChronicLoad - metrics.AcuteLoad;
        double? relative = metrics is { ChronicLoad: > 0 } m ? 100 * (m.ChronicLoad - m.AcuteLoad) / m.ChronicLoad : null;
        var observed = Values.Observed((FitnessFatigue.ChronicId, metrics?.ChronicLoad), (FitnessFatigue.AcuteId, metrics?.AcuteLoad),
            (FitnessFatigue.FormId, form), ("relative_form_pct", relative));
        var thresholds = Values.Thresholds(("min_relative_form_pct", min));
        var day = snapshot.Date.AddDays(-1);
        if (metrics is { AcwrCoupled: null, AcwrEwma: null, ChronicLoad: > 0 })
            return GuardrailOutcome.NotEvaluated(Id, $"chronic load not established as of {day:yyyy-MM-dd}: the history is still in its warm-up (the workload ratios are undefined too)", observed, thresholds);
        if (relative is not { } pct)
            return GuardrailOutcome.NotEvaluated(Id, metrics is null ? $"no training metrics as of {day:yyyy-MM-dd}"
                : $"chronic load is 0 as of {day:yyyy-MM-dd}, so form has no relative size", observed, thresholds);
        var text = FormattableString.Invariant($"form {form:0.0} is {pct:0.0} % of chronic load {metrics!.ChronicLoad:0.0}");
        if (pct >= min) return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"{text} (not below {min:0} %)"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceVolume, FormattableString.Invariant($"{text}, below {min:0} %: fatigue far above fitness, cut the volume"), observed, thresholds);
    }
}
