namespace HybridCoach.Storage.Sqlite;

/// <summary>The statements of the decision, journal, race and override stores (schema: Migrations/0003_decisions.sql).</summary>
internal static class DecisionSql
{
    public const string InsertDecision = """
        INSERT INTO decisions (decided_for, created_at_utc, recommendation, engine_version, settings_hash, settings_json,
            snapshot_json, outcomes_json, narrative, narrative_source, llm_provider, llm_model, llm_prompt, llm_response,
            llm_guard_verdict, llm_latency_ms, llm_fallback_used)
        VALUES (@DecidedFor, @CreatedAtUtc, @Recommendation, @EngineVersion, @SettingsHash, @SettingsJson,
            @SnapshotJson, @OutcomesJson, @Narrative, @NarrativeSource, @LlmProvider, @LlmModel, @LlmPrompt, @LlmResponse,
            @LlmGuardVerdict, @LlmLatencyMs, @LlmFallbackUsed);
        SELECT last_insert_rowid();
        """;

    /// <summary>A decision with its chosen id and its chain hashes (<see cref="Application.Decisions.DecisionChain"/>).</summary>
    public const string InsertChainedDecision = """
        INSERT INTO decisions (id, decided_for, created_at_utc, recommendation, engine_version, settings_hash, settings_json,
            snapshot_json, outcomes_json, narrative, narrative_source, llm_provider, llm_model, llm_prompt, llm_response,
            llm_guard_verdict, llm_latency_ms, llm_fallback_used, prev_hash, record_hash)
        VALUES (@Id, @DecidedFor, @CreatedAtUtc, @Recommendation, @EngineVersion, @SettingsHash, @SettingsJson,
            @SnapshotJson, @OutcomesJson, @Narrative, @NarrativeSource, @LlmProvider, @LlmModel, @LlmPrompt, @LlmResponse,
            @LlmGuardVerdict, @LlmLatencyMs, @LlmFallbackUsed, @PrevHash, @RecordHash);
        """;

    /// <summary>The decisions' chain in audit_head.</summary>
    public const string Chain = "decisions";

    public const string MaxDecisionId = "SELECT COALESCE(MAX(id), 0) FROM decisions;";

    public const string SelectChain = "SELECT * FROM decisions ORDER BY id;";

    public const string SelectDecision = "SELECT * FROM decisions WHERE id = @id;";

    public const string SelectDecisionSummaries = """
        SELECT id, decided_for, created_at_utc, recommendation, engine_version, settings_hash FROM decisions
        WHERE (@From IS NULL OR decided_for >= @From) AND (@To IS NULL OR decided_for <= @To)
        ORDER BY id DESC LIMIT @Limit;
        """;

    public const string InsertRace = """
        INSERT INTO races (race_date, name, distance_m, priority) VALUES (@RaceDate, @Name, @DistanceM, @Priority);
        SELECT last_insert_rowid();
        """;

    public const string SelectRaces = """
        SELECT id, race_date, name, distance_m, priority FROM races
        WHERE (@From IS NULL OR race_date >= @From) AND (@To IS NULL OR race_date <= @To) ORDER BY race_date, id;
        """;

    public const string InsertJournal = """
        INSERT INTO journal (entry_date, my_call, note, author, created_at_utc) VALUES (@EntryDate, @MyCall, @Note, @Author, @CreatedAtUtc);
        SELECT last_insert_rowid();
        """;

    public const string SelectJournal = """
        SELECT id, entry_date, my_call, note, author, created_at_utc FROM journal
        WHERE (@From IS NULL OR entry_date >= @From) AND (@To IS NULL OR entry_date <= @To) ORDER BY entry_date, id;
        """;

    public const string UpsertOverride = """
        INSERT OR REPLACE INTO guardrail_overrides (setting_id, value, set_at_utc, note) VALUES (@SettingId, @Value, @SetAtUtc, @Note);
        """;

    public const string SelectOverrides = "SELECT setting_id, value, set_at_utc, note FROM guardrail_overrides ORDER BY setting_id;";
}
