namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for decisions (column names map with underscores).</summary>
internal sealed class DecisionRow : IChainedRow
{
    public long Id { get; set; }
    public string? PrevHash { get; set; }
    public string? RecordHash { get; set; }
    public string DecidedFor { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
    public string Recommendation { get; set; } = "";
    public string EngineVersion { get; set; } = "";
    public string SettingsHash { get; set; } = "";
    public string SettingsJson { get; set; } = "";
    public string SnapshotJson { get; set; } = "";
    public string OutcomesJson { get; set; } = "";
    public string Narrative { get; set; } = "";
    public string NarrativeSource { get; set; } = "";
    public string? LlmProvider { get; set; }
    public string? LlmModel { get; set; }
    public string? LlmPrompt { get; set; }
    public string? LlmResponse { get; set; }
    public string? LlmGuardVerdict { get; set; }
    public long? LlmLatencyMs { get; set; }
    public long? LlmFallbackUsed { get; set; }
}

internal sealed class RaceRow
{
    public long Id { get; set; }
    public string RaceDate { get; set; } = "";
    public string Name { get; set; } = "";
    public double DistanceM { get; set; }
    public string Priority { get; set; } = "";
}

internal sealed class JournalRow
{
    public long Id { get; set; }
    public string EntryDate { get; set; } = "";
    public string MyCall { get; set; } = "";
    public string? Note { get; set; }
    public string Author { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
}

internal sealed class OverrideRow
{
    public string SettingId { get; set; } = "";
    public double Value { get; set; }
    public string SetAtUtc { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class AuditHeadRow
{
    public long LastId { get; set; }
    public string LastHash { get; set; } = "";
}
