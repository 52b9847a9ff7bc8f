namespace HybridCoach.Storage.Sqlite;

/// <summary>The statements of the narration audit (schema: Migrations/0007_narrations.sql).</summary>
internal static class NarrationSql
{
    public const string Insert = """
        INSERT INTO narrations (purpose, reference, narrated_for, created_at_utc, subject_json, text, source, llm_provider, llm_model,
            llm_prompt, llm_response, llm_guard_verdict, llm_latency_ms, llm_fallback_used)
        VALUES (@Purpose, @Reference, @NarratedFor, @CreatedAtUtc, @SubjectJson, @Text, @Source, @LlmProvider, @LlmModel,
            @LlmPrompt, @LlmResponse, @LlmGuardVerdict, @LlmLatencyMs, @LlmFallbackUsed);
        SELECT last_insert_rowid();
        """;

    public const string SelectById = "SELECT * FROM narrations WHERE id = @id;";

    public const string SelectLatestForReference = "SELECT * FROM narrations WHERE reference = @reference ORDER BY id DESC LIMIT 1;";

    public const string SelectList = "SELECT * FROM narrations WHERE (@Purpose IS NULL OR purpose = @Purpose) ORDER BY id DESC LIMIT @Limit;";
}
