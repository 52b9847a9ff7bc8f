using HybridCoach.Application.Narration;
using HybridCoach.Application.Decisions;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>
/// Issue 15 item 6: the decision audit is hash-chained. `VerifyAudit` finds a record rewritten with the file in hand
/// (the triggers stop the app, not someone with the file), a deleted newest record and a record inserted by hand, and a
/// deleted newest record's id is never given again.
/// </summary>
public sealed class DecisionChainTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 5, 20);
    private static readonly DateTimeOffset At = new(2026, 5, 20, 6, 30, 15, 250, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static DecisionAuditRecord Record(int n) => new(0, Day.AddDays(n), At, "PROCEED", "guardrails/1.0",
        "abc123", "{\"effective\":{}}", "{\"date\":\"2026-05-20\"}", "[]", "Today's call is PROCEED.", "template");

    private async Task<SqliteDecisionAuditStore> ThreeRecordsAsync()
    {
        var store = new SqliteDecisionAuditStore(_db.Path);
        for (var n = 0; n < 3; n++) await store.AppendAsync(Record(n));
        return store;
    }

    private void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async Task<AuditVerification> Verify(SqliteDecisionAuditStore store)
    {
        using var narrations = new SqliteNarrationAudit(_db.Path);
        return await new VerifyAudit(store, narrations).VerifyAsync();
    }

    private static NarrationAuditRecord Narration(int n) => new(0, NarrationPurpose.SessionNote, $"session:2026-05-{10 + n:D2}", new DateOnly(2026, 5, 10 + n),
        new DateTimeOffset(2026, 5, 10 + n, 7, 0, 0, TimeSpan.Zero), "{\"session\":{}}", $"Note {n}. Keep it steady.", "template", null);

    [Fact]
    public async Task Verify_NarrationEditedOrDeleted_Named()
    {
        using var store = await ThreeRecordsAsync();
        using (var narrations = new SqliteNarrationAudit(_db.Path))
            for (var n = 1; n <= 3; n++) Assert.Equal(n, await narrations.AppendAsync(Narration(n)));
        var clean = await Verify(store);
        Assert.Equal((true, 3, 3), (clean.Intact, clean.Chained, clean.NarrationsChained));

        Tamper("DROP TRIGGER narrations_no_update; UPDATE narrations SET text = 'Run intervals today. Push hard.' WHERE id = 2;");
        Assert.Equal(["narration 2: edited (its content no longer matches its hash)"], (await Verify(store)).Problems);

        Tamper("DROP TRIGGER narrations_no_delete; DELETE FROM narrations WHERE id = 3;");
        Assert.Contains("the newest narration should be 3, but the chain ends at 2: later narrations were deleted", (await Verify(store)).Problems);
        using var again = new SqliteNarrationAudit(_db.Path);
        Assert.Equal(4, await again.AppendAsync(Narration(4)));
    }

    [Fact]
    public async Task Verify_Untouched_IntactAndChained()
    {
        using var store = await ThreeRecordsAsync();

        var result = await Verify(store);

        Assert.Equal((true, 3, 0), (result.Intact, result.Chained, result.BeforeChain));
    }

    [Fact]
    public async Task Verify_RecordRewritten_NamesIt()
    {
        using var store = await ThreeRecordsAsync();
        Tamper("DROP TRIGGER decisions_no_update; UPDATE decisions SET recommendation = 'FULL_REST' WHERE id = 2;");

        var result = await Verify(store);

        Assert.Equal(["record 2: edited (its content no longer matches its hash)"], result.Problems);
    }

    [Fact]
    public async Task Verify_ModelFallbackFlagRewritten_NamesIt()
    {
        using var store = new SqliteDecisionAuditStore(_db.Path);
        await store.AppendAsync(Record(0) with { Llm = new LlmExchange("ollama", "llama3", "prompt", "reply", "passed", 812, false) });
        Tamper("DROP TRIGGER decisions_no_update; UPDATE decisions SET llm_fallback_used = 1 WHERE id = 1;");

        var result = await Verify(store);

        Assert.Equal(["record 1: edited (its content no longer matches its hash)"], result.Problems);
    }

    [Fact]
    public async Task Verify_NewestDeleted_FoundAndItsIdNotGivenAgain()
    {
        using var store = await ThreeRecordsAsync();
        Tamper("DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE id = 3;");

        var result = await Verify(store);
        var next = await store.AppendAsync(Record(9));

        Assert.Equal(["the newest record should be 3, but the chain ends at 2: later records were deleted"], result.Problems);
        Assert.Equal(4, next);
    }

    [Fact]
    public async Task Verify_MiddleDeleted_TheNextDoesNotFollow()
    {
        using var store = await ThreeRecordsAsync();
        Tamper("DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE id = 2;");

        var result = await Verify(store);

        Assert.Equal(["record 3: does not follow the record before it (a record was deleted or inserted before it)"], result.Problems);
    }

    [Fact]
    public async Task Verify_RowInsertedByHand_Named()
    {
        using var store = await ThreeRecordsAsync();
        Tamper("""
            INSERT INTO decisions (id, decided_for, created_at_utc, recommendation, engine_version, settings_hash, settings_json, snapshot_json,
                outcomes_json, narrative, narrative_source) SELECT 10, decided_for, created_at_utc, 'PROCEED', engine_version, settings_hash,
                settings_json, snapshot_json, outcomes_json, narrative, narrative_source FROM decisions WHERE id = 1;
            """);

        var result = await Verify(store);

        Assert.Contains("record 10: has no hash inside the chain (inserted by hand)", result.Problems);
    }
}
