namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for narrations (column names map with underscores).</summary>
internal sealed class NarrationRow : IChainedRow
{
    public long Id { get; set; }
    public string Purpose { get; set; } = "";
    public string Reference { get; set; } = "";
    public string NarratedFor { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
    public string SubjectJson { get; set; } = "";
    public string Text { get; set; } = "";
    public string Source { get; set; } = "";
    public string? LlmProvider { get; set; }
    public string? LlmModel { get; set; }
    public string? LlmPrompt { get; set; }
    public string? LlmResponse { get; set; }
    public string? LlmGuardVerdict { get; set; }
    public long? LlmLatencyMs { get; set; }
    public long? LlmFallbackUsed { get; set; }
    public string? PrevHash { get; set; }
    public string? RecordHash { get; set; }
}
