using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>One guardrail's outcome in `coach today --json` (and audit show / replay): asks_for is a recommendation id.</summary>
public sealed record GuardrailOutcomeJson(
    string Id,
    bool Evaluated,
    bool Fired,
    IReadOnlyDictionary<string, double?> Observed,
    IReadOnlyDictionary<string, double> Threshold,
    string AsksFor,
    string Reason)
{
    public static GuardrailOutcomeJson From(GuardrailOutcome o) =>
        new(o.Id, o.Evaluated, o.Fired, o.Observed, o.Thresholds, o.AsksFor.ToId(), o.Reason);

    public static GuardrailOutcomeJson From(Application.Decisions.Records.OutcomeRecord o) =>
        new(o.Id, o.Evaluated, o.Fired, o.Observed, o.Thresholds, o.AsksFor, o.Reason);
}
