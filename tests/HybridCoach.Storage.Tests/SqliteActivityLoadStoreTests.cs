using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class SqliteActivityLoadStoreTests : IDisposable
{
    private const string Key = "v1;rest=48;max=188;lthr=-;tpace=-;trimp=0.64/1.92;gap=30;grade=20;norm=30^4";
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    // Foster's example (science.md §4): 45 min at RPE 6 is 270; TRIMP unavailable without HR.
    private static IReadOnlyList<MeasuredLoad> Loads() =>
    [
        MeasuredLoad.Available(new LoadValue(LoadMeasure.Duration, 45, DurationLoad.Id, "45.0 min timer time")),
        MeasuredLoad.Available(new LoadValue(LoadMeasure.Distance, 9.123456789, DistanceLoad.Id, "9.12 km")),
        MeasuredLoad.Available(new LoadValue(LoadMeasure.SessionRpe, 270, SessionRpeLoad.Id, "RPE 6 × 45.0 min")),
        MeasuredLoad.Unavailable(LoadMeasure.Trimp, "no heart rate (no HR samples and no average HR)"),
        MeasuredLoad.Unavailable(LoadMeasure.RunningStress, "no threshold pace (graded pace); no LTHR (HR stress)"),
    ];

    private async Task<long> AddActivityAsync(string hash = "a1")
    {
        using var activities = SqliteActivityStore.Open(_db.Path);
        return await activities.AddAsync(TestActivities.Simple(hash));
    }

    [Fact]
    public async Task PutThenGet_SameKey_RoundTripsValuesDerivationsAndUnavailableReasons()
    {
        var id = await AddActivityAsync();
        using var store = SqliteActivityLoadStore.Open(_db.Path);

        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads() });
        var read = (await store.GetAsync([id], Key))[id];

        Assert.Equal(Loads(), read);
        Assert.Equal(9.123456789, read[1].Value!.Value);
        Assert.Null(read[3].Value);
        Assert.Equal("no heart rate (no HR samples and no average HR)", read[3].UnavailableReason);
    }

    [Fact]
    public async Task Get_OtherInputsKey_FindsNothing()
    {
        var id = await AddActivityAsync();
        using var store = SqliteActivityLoadStore.Open(_db.Path);
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads() });

        var read = await store.GetAsync([id], Key.Replace("lthr=-", "lthr=172", StringComparison.Ordinal));

        Assert.Empty(read);
    }

    [Fact]
    public async Task Put_Again_ReplacesTheActivitysRowsUnderThatKey()
    {
        var id = await AddActivityAsync();
        using var store = SqliteActivityLoadStore.Open(_db.Path);
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads() });

        IReadOnlyList<MeasuredLoad> changed = [.. Loads().Take(2), MeasuredLoad.Available(new LoadValue(LoadMeasure.SessionRpe, 315, SessionRpeLoad.Id, "RPE 7 × 45.0 min")), .. Loads().Skip(3)];
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = changed });

        var read = (await store.GetAsync([id], Key))[id];
        Assert.Equal(5, read.Count);
        Assert.Equal(315, read[2].Value!.Value);
    }

    [Fact]
    public async Task SetActivityRpe_DropsThatActivitysStoredLoads()
    {
        var id = await AddActivityAsync();
        var other = await AddActivityAsync("a2");
        using var store = SqliteActivityLoadStore.Open(_db.Path);
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads(), [other] = Loads() });

        using (var athletes = SqliteAthleteStore.Open(_db.Path)) Assert.True(await athletes.SetActivityRpeAsync(id, 7));

        var read = await store.GetAsync([id, other], Key);
        Assert.Equal([other], read.Keys);
    }

    [Fact]
    public async Task Get_ManyIds_ReadsByKeyAndReturnsOnlyThoseAsked()
    {
        var id = await AddActivityAsync();
        using var store = SqliteActivityLoadStore.Open(_db.Path);
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads() });

        var many = await store.GetAsync([.. Enumerable.Range(1000, 600).Select(i => (long)i), id], Key);
        var none = await store.GetAsync([.. Enumerable.Range(1000, 600).Select(i => (long)i)], Key);

        Assert.Equal([id], many.Keys);
        Assert.Empty(none);
    }

    // A database last opened by a version with schema 2 (before activity_loads and decisions) migrates to the newest schema and keeps its activities.
    [Fact]
    public async Task Open_SchemaTwoDatabase_AddsTheLoadsTableAndKeepsTheActivities()
    {
        var id = await AddActivityAsync();
        Execute("ALTER TABLE athlete_profile DROP COLUMN time_zone; DROP TABLE activity_loads; DROP TABLE decisions; DROP TABLE journal; DROP TABLE races; DROP TABLE guardrail_overrides; DROP TABLE plan_variants; DROP TABLE plans; DROP TABLE check_ins; DROP TABLE session_adjustments; DROP TABLE proposals; DROP TABLE escalations; DROP TABLE plan_version_notes; DROP TABLE plan_changes; DROP TABLE narrations; DROP TABLE flag_clearances; DROP TABLE coach_holds; DROP TABLE session_locks; DROP TABLE activity_deletions; DROP TABLE audit_head; ALTER TABLE activities DROP COLUMN notes; ALTER TABLE activities DROP COLUMN deleted_at_utc; DELETE FROM schema_version WHERE version >= 3;");
        Assert.Equal(2L, Scalar("SELECT MAX(version) FROM schema_version;"));

        using var store = SqliteActivityLoadStore.Open(_db.Path);
        await store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads() });

        Assert.Equal((long)Storage.Migrations.Migration.Embedded[^1].Version, Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM decisions;"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM activities;"));
        Assert.Equal(5L, Scalar("SELECT COUNT(*) FROM activity_loads;"));
        using var activities = SqliteActivityStore.Open(_db.Path);
        Assert.Equal(10_000, (await activities.GetAsync(id))!.Summary.Distance.Meters);
    }

    [Fact]
    public async Task Put_UnknownActivity_FailsOnTheForeignKeyAndStoresNothing()
    {
        var id = await AddActivityAsync();
        using var store = SqliteActivityLoadStore.Open(_db.Path);

        await Assert.ThrowsAsync<SqliteException>(() =>
            store.PutAsync(Key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [id] = Loads(), [id + 99] = Loads() }));

        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM activity_loads;"));
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
