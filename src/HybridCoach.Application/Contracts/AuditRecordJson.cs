using System.Text.Json;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach audit show ID --json`: the whole record, its JSON columns as nested objects.</summary>
public sealed record AuditRecordJson(
    long Id,
    string DecidedFor,
    DateTimeOffset CreatedAtUtc,
    string Recommendation,
    string EngineVersion,
    string SettingsHash,
    JsonElement Settings,
    JsonElement Snapshot,
    IReadOnlyList<GuardrailOutcomeJson> Guardrails,
    string Narrative,
    string NarrativeSource,
    LlmExchange? Llm)
{
    public static AuditRecordJson From(DecisionAuditRecord r) => new(r.Id, RecoverySignalsJson.DateText(r.DecidedFor), r.CreatedAtUtc,
        r.Recommendation, r.EngineVersion, r.SettingsHash, Parse(r.SettingsJson), Parse(r.SnapshotJson),
        [.. DecisionJson.ReadOutcomes(r.OutcomesJson).Select(GuardrailOutcomeJson.From)], r.Narrative, r.NarrativeSource, r.Llm);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
