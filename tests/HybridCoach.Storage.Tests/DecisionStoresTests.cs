using HybridCoach.Application.Decisions;
using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public class DecisionStoresTests
{
    private static readonly DateOnly Day = new(2026, 5, 20);
    private static readonly DateTimeOffset At = new(2026, 5, 20, 6, 30, 15, 250, TimeSpan.Zero);

    private static DecisionAuditRecord Record(DateOnly day, LlmExchange? llm = null) => new(0, day, At, "REDUCE_VOLUME", "guardrails/1.0",
        "abc123", "{\"effective\":{}}", "{\"date\":\"2026-05-20\"}", "[]", "Today's call is REDUCE_VOLUME.", "template", llm);

    [Fact]
    public async Task Append_ThenGet_ReturnsEveryColumn()
    {
        using var db = new TempDatabase();
        using var store = new SqliteDecisionAuditStore(db.Path);
        var llm = new LlmExchange("ollama", "llama3", "prompt", "response", "passed", 812, false);

        var id = await store.AppendAsync(Record(Day, llm));
        var read = await store.GetAsync(id);

        Assert.Equal(Record(Day, llm) with { Id = id }, read);
        Assert.Null((await store.GetAsync(id + 1)));
    }

    [Fact]
    public async Task List_Range_NewestFirstWithinTheDaysAndLimit()
    {
        using var db = new TempDatabase();
        using var store = new SqliteDecisionAuditStore(db.Path);
        foreach (var offset in new[] { 0, 1, 2, 3 }) await store.AppendAsync(Record(Day.AddDays(offset)));

        var list = await store.ListAsync(Day.AddDays(1), Day.AddDays(3), limit: 2);

        Assert.Equal([4L, 3L], list.Select(r => r.Id));
        Assert.Equal([Day.AddDays(3), Day.AddDays(2)], list.Select(r => r.DecidedFor));
        Assert.Equal(At, list[0].CreatedAtUtc);
    }

    [Theory]
    [InlineData("UPDATE decisions SET recommendation = 'PROCEED';", "cannot be changed")]
    [InlineData("DELETE FROM decisions;", "cannot be deleted")]
    public async Task Decisions_UpdateOrDelete_RefusedByTheSchema(string sql, string reason)
    {
        using var db = new TempDatabase();
        using (var store = new SqliteDecisionAuditStore(db.Path)) await store.AppendAsync(Record(Day));
        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.Contains($"decisions are append-only: an audit record {reason}", error.Message, StringComparison.Ordinal);
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT recommendation FROM decisions;";
        Assert.Equal("REDUCE_VOLUME", check.ExecuteScalar());
    }

    [Fact]
    public async Task Races_AddListRemove_RoundTrip()
    {
        using var db = new TempDatabase();
        using var calendar = new SqliteRaceCalendar(db.Path);
        var late = await calendar.AddAsync(new RaceEntry(Day.AddDays(30), "Half", new Distance(21_097.5), RacePriority.A));
        var early = await calendar.AddAsync(new RaceEntry(Day, "Parkrun", new Distance(5000), RacePriority.C));

        var all = await calendar.ListAsync();
        var removed = await calendar.RemoveAsync(early);
        var again = await calendar.RemoveAsync(early);

        Assert.Equal([early, late], all.Select(r => r.Id));
        Assert.Equal(new RaceEntry(Day.AddDays(30), "Half", new Distance(21_097.5), RacePriority.A), all[1].Race);
        Assert.True(removed);
        Assert.False(again);
        Assert.Equal([late], (await calendar.ListAsync(Day, Day.AddDays(30))).Select(r => r.Id));
    }

    [Fact]
    public async Task Journal_AddList_RoundTrip()
    {
        using var db = new TempDatabase();
        using var journal = new SqliteJournalStore(db.Path);
        var entry = new JournalEntry(0, Day, Recommendation.RecoveryRun, "tired", JournalAuthor.Coach, At);

        var id = await journal.AddAsync(entry);
        var list = await journal.ListAsync(Day, Day);

        Assert.Equal([entry with { Id = id }], list);
        Assert.Empty(await journal.ListAsync(Day.AddDays(1)));
    }

    [Fact]
    public async Task Overrides_SetReplaceRemove_OneRowPerSetting()
    {
        using var db = new TempDatabase();
        using var store = new SqliteGuardrailOverrideStore(db.Path);
        await store.SetAsync(new GuardrailOverride("insufficient_data.min_activities", 4, At, "first"));
        await store.SetAsync(new GuardrailOverride("insufficient_data.min_activities", 5, At, "second"));

        var list = await store.ListAsync();
        var removed = await store.RemoveAsync("insufficient_data.min_activities");

        Assert.Equal([new GuardrailOverride("insufficient_data.min_activities", 5, At, "second")], list);
        Assert.True(removed);
        Assert.Empty(await store.ListAsync());
    }
}
