using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>A <see cref="GuardrailOutcome"/> as stored in the audit record and compared by a replay; asks_for is a recommendation id.</summary>
public sealed record OutcomeRecord(
    string Id,
    bool Evaluated,
    bool Fired,
    string AsksFor,
    IReadOnlyDictionary<string, double?> Observed,
    IReadOnlyDictionary<string, double> Thresholds,
    string Reason)
{
    public static OutcomeRecord From(GuardrailOutcome o) => new(o.Id, o.Evaluated, o.Fired, o.AsksFor.ToId(),
        new SortedDictionary<string, double?>(o.Observed.ToDictionary(), StringComparer.Ordinal),
        new SortedDictionary<string, double>(o.Thresholds.ToDictionary(), StringComparer.Ordinal), o.Reason);
}
