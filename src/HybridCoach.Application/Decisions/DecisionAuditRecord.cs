namespace HybridCoach.Application.Decisions;

/// <summary>
/// One immutable audit record of an engine run: the day decided, when it ran (UTC), the call, the engine version,
/// the settings' hash and values (effective + overrides, JSON), the input snapshot and every outcome (JSON, see
/// <see cref="Records.DecisionJson"/>), the narrative shown and where it came from, and the LLM exchange when one
/// narrated. <see cref="Id"/> is 0 until appended.
/// </summary>
public sealed record DecisionAuditRecord(
    long Id,
    DateOnly DecidedFor,
    DateTimeOffset CreatedAtUtc,
    string Recommendation,
    string EngineVersion,
    string SettingsHash,
    string SettingsJson,
    string SnapshotJson,
    string OutcomesJson,
    string Narrative,
    string NarrativeSource,
    LlmExchange? Llm = null);
