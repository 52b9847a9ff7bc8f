using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class SqliteActivityStoreQueryTests : IDisposable
{
    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 7, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Open_Twice_SchemaVersionUnchanged()
    {
        int first, second;
        using (var store = SqliteActivityStore.Open(_db.Path)) first = store.SchemaVersion;
        using (var store = SqliteActivityStore.Open(_db.Path)) second = store.SchemaVersion;

        Assert.Equal(13, first);
        // Every embedded migration applied once (0001 activities, 0002 athlete, 0003 activity loads, 0004 decisions, 0005 plans, 0006 coaching, 0007 narrations, 0008 athlete state, 0009 session locks, 0010 activity deletions, 0011 decision chain, 0012 narration chain, 0013 athlete time zone).
        var newest = Storage.Migrations.Migration.Embedded[^1].Version;
        Assert.Equal(newest, first);
        Assert.Equal(newest, second);
        Assert.Equal(Storage.Migrations.Migration.Embedded.Count, Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void Open_NewDatabase_UsesWriteAheadLog()
    {
        using var store = SqliteActivityStore.Open(_db.Path);

        Assert.Equal("wal", ScalarText("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task FindByContentHashAsync_StoredHash_ReturnsItsId()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(TestActivities.Simple("abc123"));

        Assert.Equal(id, await store.FindByContentHashAsync("abc123"));
        Assert.Null(await store.FindByContentHashAsync("abc124"));
    }

    [Fact]
    public async Task AddAsync_SameHashTwice_ThrowsAndKeepsOne()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        await store.AddAsync(TestActivities.Simple("same"));

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => store.AddAsync(TestActivities.Simple("same")));
        Assert.Equal(1, await store.CountAsync(ActivityQuery.All));
    }

    [Fact]
    public async Task FindStartingNearAsync_WindowOf60s_ReturnsOnlyThoseInside()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var inside = await store.AddAsync(TestActivities.Simple("a", May1.AddSeconds(59)));
        await store.AddAsync(TestActivities.Simple("b", May1.AddSeconds(61)));
        var before = await store.AddAsync(TestActivities.Simple("c", May1.AddSeconds(-60)));

        var near = await store.FindStartingNearAsync(May1, TimeSpan.FromSeconds(60));

        Assert.Equal([inside, before], near.Select(c => c.Id).Order());
        Assert.Equal(May1.AddSeconds(59), near.Single(c => c.Id == inside).StartTime);
        Assert.Equal(10_000, near[0].Distance.Meters);
    }

    [Fact]
    public async Task ListAsync_DateRangeSportAndLimit_FiltersNewestFirst()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        for (var day = 0; day < 10; day++)
        {
            var sport = day % 3 == 0 ? Sport.Cycling : Sport.Running;
            await store.AddAsync(TestActivities.Simple($"d{day}", May1.AddDays(day), 5000 + day, sport));
        }

        var runsInRange = await store.ListAsync(new ActivityQuery(May1.AddDays(2), May1.AddDays(8), Sport.Running));
        var latestTwo = await store.ListAsync(new ActivityQuery(Limit: 2));

        // Days 2..7 minus rides on days 3 and 6 → days 7, 5, 4, 2.
        Assert.Equal([5007, 5005, 5004, 5002], runsInRange.Select(a => a.Summary.Distance.Meters));
        Assert.Equal([5009, 5008], latestTwo.Select(a => a.Summary.Distance.Meters));
        Assert.Equal("Run d9", latestTwo[0].Summary.Name);
        Assert.Equal("d9.fit", latestTwo[0].Source.FileName);
        Assert.Equal(4, await store.CountAsync(new ActivityQuery(May1.AddDays(2), May1.AddDays(8), Sport.Running)));
        Assert.Equal(10, await store.CountAsync(ActivityQuery.All));
    }

    [Fact]
    public async Task UpdateNameAndSportAsync_NewValues_AreStored()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(TestActivities.Simple("x"));

        Assert.True(await store.UpdateNameAndSportAsync(id, "Morning trail", Sport.TrailRunning));
        Assert.True(await store.UpdateNameAndSportAsync(id, null, null));
        Assert.False(await store.UpdateNameAndSportAsync(id + 1, "nobody", null));

        var summary = (await store.GetAsync(id))!.Summary;
        Assert.Equal("Morning trail", summary.Name);
        Assert.Equal(Sport.TrailRunning, summary.Sport);
    }

    private long Scalar(string sql) => (long)Query(sql)!;

    private string ScalarText(string sql) => (string)Query(sql)!;

    private object? Query(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
