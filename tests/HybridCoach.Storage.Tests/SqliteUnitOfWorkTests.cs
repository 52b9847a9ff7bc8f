using HybridCoach.Application.Coaching;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Plans;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>
/// The unit of work over the athlete's shared connection: its writes through several stores land together or not at
/// all, another caller never sees half of it, a unit inside a unit joins it, and a store's own failed write inside it
/// undoes that store's part only.
/// </summary>
public sealed class SqliteUnitOfWorkTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 5, 20, 6, 30, 15, 250, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly SharedSqliteConnection _shared;
    private readonly SqliteDecisionAuditStore _decisions;
    private readonly SqlitePlanChangeLog _log;
    private readonly SqliteUnitOfWork _unit;

    public SqliteUnitOfWorkTests()
    {
        _shared = SharedSqliteConnection.Open(_db.Path);
        _decisions = new SqliteDecisionAuditStore(_db.Path, shared: _shared);
        _log = new SqlitePlanChangeLog(_db.Path, shared: _shared);
        _unit = new SqliteUnitOfWork(_shared);
        using var plans = new SqlitePlanStore(_db.Path);
        plans.AddAsync(Plan()).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _shared.Dispose();
        SqliteConnection.ClearAllPools();
        _db.Dispose();
    }

    private static DecisionAuditRecord Decision() => new(0, new DateOnly(2026, 5, 21), At, "FULL_REST", "guardrails/1.0",
        "abc123", "{}", "{\"date\":\"2026-05-21\"}", "[]", "", "template", null);

    private static StoredPlanVersion Plan() => new(0, At, "moderate", "{\"start\":\"2026-05-21\"}", [new StoredPlanVariant("moderate", "{\"microcycles\":[1]}", "[]")]);

    private static PlanVersionNote Note(string source) => new(0, source, "rest for illness", "policy", []);

    [Fact]
    public async Task Commit_BothStoresWritten_SeenFromAnotherConnection()
    {
        var (id, version) = await _unit.RunAsync(async c => (await _decisions.AppendAsync(Decision(), c), await _log.AddVersionAsync(Plan(), Note("daily call"), c)));

        Assert.Equal((1L, 2L), (id, version));
        Assert.Equal((1L, 2L), (Scalar("SELECT COUNT(*) FROM decisions;"), Scalar("SELECT MAX(version) FROM plans;")));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM plan_version_notes WHERE source = 'daily call';"));
    }

    [Fact]
    public async Task WorkThrows_NothingKept_TheConnectionWritesAgain()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _unit.RunAsync<long>(async c =>
        {
            await _decisions.AppendAsync(Decision(), c);
            await _log.AddVersionAsync(Plan(), Note("daily call"), c);
            throw new InvalidOperationException("the narration of the change failed");
        }));

        Assert.Equal("the narration of the change failed", error.Message);
        Assert.Equal((0L, 1L, 0L), (Scalar("SELECT COUNT(*) FROM decisions;"), Scalar("SELECT MAX(version) FROM plans;"), Scalar("SELECT COUNT(*) FROM audit_head;")));
        Assert.Equal(1L, await _decisions.AppendAsync(Decision()));
        Assert.Equal(2L, await _log.AddVersionAsync(Plan(), Note("again")));
    }

    [Fact]
    public async Task AnotherCaller_WaitsForTheUnit_AndSeesAllOfIt()
    {
        var written = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var unit = _unit.RunAsync(async c =>
        {
            await _decisions.AppendAsync(Decision(), c);
            written.SetResult();
            await release.Task;
            return await _log.AddVersionAsync(Plan(), Note("daily call"), c);
        });
        await written.Task;

        var read = Task.Run(async () => (await _decisions.ListAsync(), await _log.GetAsync(2)));
        await Task.Delay(200);

        Assert.False(read.IsCompleted);
        release.SetResult();
        Assert.Equal(2L, await unit);
        var (decisions, note) = await read;
        Assert.Single(decisions);
        Assert.Equal("daily call", note?.Source);
    }

    [Fact]
    public async Task UnitInsideAUnit_JoinsIt_AndGoesWithIt()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _unit.RunAsync<bool>(async c =>
        {
            await _unit.RunAsync(inner => _decisions.AppendAsync(Decision(), inner), c);
            throw new InvalidOperationException("outer fails after the inner unit returned");
        }));

        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM decisions;"));
    }

    [Fact]
    public async Task AStoresOwnWriteFails_OnlyItsPartUndone_TheRestCommits()
    {
        // A note without its source breaks NOT NULL: the version the change log wrote before it in its own transaction goes too.
        var id = await _unit.RunAsync(async c =>
        {
            var appended = await _decisions.AppendAsync(Decision(), c);
            await Assert.ThrowsAnyAsync<SqliteException>(() => _log.AddVersionAsync(Plan(), Note(null!), c));
            return appended;
        });

        Assert.Equal(1L, id);
        Assert.Equal((1L, 1L, 0L), (Scalar("SELECT COUNT(*) FROM decisions;"), Scalar("SELECT MAX(version) FROM plans;"),
            Scalar("SELECT COUNT(*) FROM plan_version_notes;")));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
