using HybridCoach.Application.Demo;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// A real `coach import` process killed mid-import (SIGKILL, no chance to clean up) must leave every
/// activity it committed intact and no half-written one; importing again completes the set exactly.
/// </summary>
public class KilledImportTests
{
    private const int KillAfterActivities = 15;

    [Fact]
    public async Task Import_KilledMidway_LeavesAConsistentStoreAndResumes()
    {
        using var temp = new TempDirectory();
        var files = WriteDemoFiles(temp.Combine("files"));
        var database = temp.Combine("store", "hybridcoach.db");

        var stored = await KillImportAfterAsync(temp.Combine("files"), temp.Combine("store"), database);

        Assert.InRange(stored, KillAfterActivities, files - 1);
        AssertConsistent(database);
        await AssertEveryActivityCompleteAsync(database, stored);
        var resumed = (await CliRun.RunAsync("import", temp.Combine("files"), "--data-dir", temp.Combine("store"), "--json")).Json();
        Assert.Equal(files - stored, resumed.GetProperty("imported").GetInt32());
        Assert.Equal(stored, resumed.GetProperty("duplicates").GetInt32());
        Assert.Equal(files, Count(database, "SELECT COUNT(*) FROM activities"));
    }

    private static int WriteDemoFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var demo = new SyntheticAthlete(11).Generate(new DateOnly(2026, 5, 20), months: 12);
        foreach (var file in demo) File.WriteAllBytes(Path.Combine(folder, file.FileName), file.Content);
        return demo.Count;
    }

    private static async Task<int> KillImportAfterAsync(string files, string store, string database)
    {
        using var import = CoachProcess.Start("import", files, "--data-dir", store, "--json");
        while (!import.HasExited)
        {
            if (File.Exists(database) && TryCount(database) >= KillAfterActivities) break;
            await Task.Delay(2);
        }
        var finishedFirst = import.HasExited;
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync();
        Assert.False(finishedFirst, "the import finished before the test could kill it");
        SqliteConnection.ClearAllPools();
        return Count(database, "SELECT COUNT(*) FROM activities");
    }

    private static void AssertConsistent(string database)
    {
        using var connection = Open(database);
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        foreach (var table in new[] { "laps", "splits", "best_efforts", "samples" })
        {
            Assert.Equal(0, Count(database, $"SELECT COUNT(*) FROM {table} WHERE activity_id NOT IN (SELECT id FROM activities)"));
        }
    }

    private static async Task AssertEveryActivityCompleteAsync(string database, int stored)
    {
        using var store = SqliteActivityStore.Open(database);
        var items = await store.ListAsync(Application.Activities.ActivityQuery.All);
        Assert.Equal(stored, items.Count);
        foreach (var item in items)
        {
            var activity = await store.GetAsync(item.Id);
            Assert.NotNull(activity);
            Assert.True(activity.Samples.Count > 60, $"activity {item.Id} has {activity.Samples.Count} samples");
            Assert.NotEmpty(activity.Laps);
        }
    }

    private static int? TryCount(string database)
    {
        try { return Count(database, "SELECT COUNT(*) FROM activities"); }
        catch (SqliteException) { return null; }
    }

    private static int Count(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return connection;
    }
}
