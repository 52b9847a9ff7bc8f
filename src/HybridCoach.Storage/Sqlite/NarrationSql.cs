namespace HybridCoach.Storage.Sqlite;

/// <summary>The statements of the narration audit (schema: Migrations/0007_narrations.sql).</summary>
internal static class NarrationSql
{
    public const string InsertChained = """
        INSERT INTO narrations (id, purpose, reference, narrated_for, created_at_utc, subject_json, text, source, llm_provider, llm_model,
            llm_prompt, llm_response, llm_guard_verdict, llm_latency_ms, llm_fallback_used, prev_hash, record_hash)
        VALUES (@Id, @Purpose, @Reference, @NarratedFor, @CreatedAtUtc, @SubjectJson, @Text, @Source, @LlmProvider, @LlmModel,
            @LlmPrompt, @LlmResponse, @LlmGuardVerdict, @LlmLatencyMs, @LlmFallbackUsed, @PrevHash, @RecordHash);
        """;

    /// <summary>The narrations' chain in audit_head.</summary>
    public const string Chain = "narrations";

    public const string MaxId = "SELECT COALESCE(MAX(id), 0) FROM narrations;";

    public const string SelectChain = "SELECT * FROM narrations ORDER BY id;";

    public const string SelectById = "SELECT * FROM narrations WHERE id = @id;";

    public const string SelectLatestForReference = "SELECT * FROM narrations WHERE reference = @reference ORDER BY id DESC LIMIT 1;";

    public const string SelectList = "SELECT * FROM narrations WHERE (@Purpose IS NULL OR purpose = @Purpose) ORDER BY id DESC LIMIT @Limit;";
}
