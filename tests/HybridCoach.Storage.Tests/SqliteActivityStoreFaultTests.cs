using HybridCoach.Application.Activities;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class SqliteActivityStoreFaultTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("Laps")]
    [InlineData("BestEfforts")]
    [InlineData("Samples")]
    public async Task AddAsync_FaultWhileWritingThirdActivity_EarlierIntactNoHalfWritten(string failingStepName)
    {
        var failingStep = Enum.Parse<ActivityWriteStep>(failingStepName);
        using var store = SqliteActivityStore.Open(_db.Path);
        var written = 0;
        store.BeforeWriteStep = (step, _) =>
        {
            if (step == ActivityWriteStep.Summary) written++;
            if (written == 3 && step == failingStep) throw new IOException("injected fault: disk full");
        };

        var first = await store.AddAsync(TestActivities.FullHour("one"));
        var second = await store.AddAsync(TestActivities.FullHour("two"));
        var fault = await Assert.ThrowsAsync<IOException>(() => store.AddAsync(TestActivities.FullHour("three")));
        store.BeforeWriteStep = null;
        var fourth = await store.AddAsync(TestActivities.FullHour("four"));

        Assert.Equal("injected fault: disk full", fault.Message);
        Assert.Equal(3, await store.CountAsync(ActivityQuery.All));
        Assert.Null(await store.FindByContentHashAsync("three"));
        foreach (var id in new[] { first, second, fourth })
        {
            var activity = (await store.GetAsync(id))!;
            Assert.Equal(2, activity.Laps.Count);
            Assert.Equal(5, activity.BestEfforts.Count);
            Assert.Equal(3600, activity.Samples.Count);
        }
        AssertConsistent();
    }

    private void AssertConsistent()
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check;"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        foreach (var table in new[] { "laps", "splits", "best_efforts", "samples" })
        {
            Assert.Equal(0L, Scalar(connection, $"SELECT COUNT(*) FROM {table} WHERE activity_id NOT IN (SELECT id FROM activities);"));
        }
        Assert.Equal(3L, Scalar(connection, "SELECT COUNT(*) FROM samples;"));
        Assert.Equal(6L, Scalar(connection, "SELECT COUNT(*) FROM laps;"));
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
