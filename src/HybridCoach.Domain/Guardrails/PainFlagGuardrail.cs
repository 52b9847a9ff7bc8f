namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>pain_flag</c>: pain reported for the day → FULL_REST, whatever else holds. Pain (as opposed to soreness)
/// is the signal to stop and get it assessed; no load figure can outweigh it (product rule from the
/// deterministic-rules design this engine follows: "if a pain flag is set, the system returns FULL_REST —
/// regardless of any other metric"). No thresholds.
/// </summary>
public sealed class PainFlagGuardrail : IGuardrail
{
    public string Id => "pain_flag";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var today = snapshot.Today;
        var observed = Values.Observed(("pain", today is null ? null : today.Pain ? 1 : 0));
        if (today is null) return GuardrailOutcome.NotEvaluated(Id, "no recovery signals reported for the day", observed, Values.Thresholds());
        if (!today.Pain) return GuardrailOutcome.Clear(Id, "no pain reported", observed, Values.Thresholds());
        var where = today.PainSite is { } site ? $" at the {site}" : "";
        return GuardrailOutcome.Fire(Id, Recommendation.FullRest, $"pain reported{where}: rest and get it assessed", observed, Values.Thresholds());
    }
}
