using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public class NarrationAuditTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);
    private static readonly DateTimeOffset At = new(2026, 11, 22, 7, 15, 0, 125, TimeSpan.Zero);

    private static NarrationAuditRecord Record(NarrationPurpose purpose, string reference, LlmExchange? llm = null) => new(0, purpose, reference, Day, At,
        "{\"week_start\":\"2026-11-16\"}", "You ran 42.0 km this week. Next week holds 45.0 km.", llm is null ? "template" : "llm:openai", llm);

    [Fact]
    public async Task Append_ThenGet_ReturnsEveryColumn()
    {
        using var db = new TempDatabase();
        using var audit = new SqliteNarrationAudit(db.Path);
        var llm = new LlmExchange("openai", "llama3", "[system]\nexplain\n[user]\n{}", "{\"choices\":[", "failed: provider error", 12, true);

        var id = await audit.AppendAsync(Record(NarrationPurpose.WeeklySummary, "week:2026-11-16", llm));
        var read = await audit.GetAsync(id);

        Assert.Equal(Record(NarrationPurpose.WeeklySummary, "week:2026-11-16", llm) with { Id = id }, read);
        Assert.Null(await audit.GetAsync(id + 1));
    }

    [Fact]
    public async Task LatestForAndList_NewestFirst_ByReferenceAndPurpose()
    {
        using var db = new TempDatabase();
        using var audit = new SqliteNarrationAudit(db.Path);
        var first = await audit.AppendAsync(Record(NarrationPurpose.EscalationAlert, "escalation:e1"));
        await audit.AppendAsync(Record(NarrationPurpose.AdaptationDiff, "plan_version:2"));
        var second = await audit.AppendAsync(Record(NarrationPurpose.EscalationAlert, "escalation:e1"));

        Assert.Equal(second, (await audit.LatestForAsync("escalation:e1"))!.Id);
        Assert.Null(await audit.LatestForAsync("escalation:e9"));
        Assert.Equal([second, first], (await audit.ListAsync(NarrationPurpose.EscalationAlert)).Select(r => r.Id));
        Assert.Equal([3L, 2L], (await audit.ListAsync(limit: 2)).Select(r => r.Id));
        Assert.Equal(NarrationPurpose.AdaptationDiff, (await audit.ListAsync(NarrationPurpose.AdaptationDiff)).Single().Purpose);
    }

    [Theory]
    [InlineData("UPDATE narrations SET text = 'run intervals';", "cannot be changed")]
    [InlineData("DELETE FROM narrations;", "cannot be deleted")]
    public async Task Narrations_UpdateOrDelete_RefusedByTheSchema(string sql, string reason)
    {
        using var db = new TempDatabase();
        using (var audit = new SqliteNarrationAudit(db.Path)) await audit.AppendAsync(Record(NarrationPurpose.SessionNote, "session:2026-11-22"));
        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.Contains($"narrations are append-only: an audit record {reason}", error.Message, StringComparison.Ordinal);
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT text FROM narrations;";
        Assert.Equal("You ran 42.0 km this week. Next week holds 45.0 km.", check.ExecuteScalar());
    }
}
