using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>pain_report_open</c>: pain reported on an earlier day (or in a note) that the coach has not cleared →
/// CROSS_TRAIN_OR_REST: no running until the site has been assessed. Pain, unlike soreness, is the signal to stop
/// loading the site (pain-monitoring model: Silbernagel et al. 2007, Am J Sports Med 35:897–906, allows loading only
/// up to 5/10 and settling by the next morning; an unexplained pain report is past that line until someone has looked).
/// The day's own pain is <see cref="PainFlagGuardrail"/>'s call (FULL_REST). No thresholds.
/// </summary>
public sealed class PainReportOpenGuardrail : IGuardrail
{
    public string Id => "pain_report_open";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var flags = snapshot.State.FlagsOn(snapshot.Date, OpenFlagKind.Pain).ToList();
        var observed = Values.Observed(("open_pain_reports", flags.Count));
        if (flags.Count == 0) return GuardrailOutcome.Clear(Id, "no pain report open", observed, Values.Thresholds());
        var sites = flags.Select(f => f.Site).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var where = sites.Count == 0 ? "" : $" at the {string.Join(", ", sites)}";
        return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest,
            $"pain reported{where} since {flags[0].Since:yyyy-MM-dd} ({string.Join(", ", flags.Select(f => f.AlertId))}): no running until your coach clears it",
            observed, Values.Thresholds());
    }
}
