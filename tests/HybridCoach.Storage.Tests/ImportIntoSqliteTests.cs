using HybridCoach.Application.Activities;
using HybridCoach.Application.Import;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class ImportIntoSqliteTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string WriteFiles(int count)
    {
        var folder = Path.Combine(_db.Folder, "runs");
        Directory.CreateDirectory(folder);
        for (var day = 0; day < count; day++)
            File.WriteAllBytes(Path.Combine(folder, $"run-{day:00}.fit"), SyntheticFitReader.File(day));
        return folder;
    }

    [Fact]
    public async Task ImportAsync_SameFolderTwice_SecondRunImportsNothing()
    {
        var folder = WriteFiles(5);
        using var store = SqliteActivityStore.Open(_db.Path);
        var import = new ImportService(store, [new SyntheticFitReader()]);

        var first = await import.ImportAsync([folder]);
        var second = await import.ImportAsync([folder]);

        Assert.Equal(5, first.Imported);
        Assert.Equal(0, second.Imported);
        Assert.Equal(5, second.Duplicates);
        Assert.Equal("duplicate of #3 (same content)", second.Files[2].Reason);
        var stored = (await store.GetAsync(3))!;
        Assert.Equal(6300, stored.Summary.Distance.Meters, 6); // 1800 s x 3.5 m/s
        Assert.Equal(7, stored.KilometerSplits.Count); // six full km and the last 300 m
        Assert.Equal(300, stored.KilometerSplits[^1].Distance.Meters, 6);
        Assert.Equal(1801, stored.Samples.Count);
        Assert.Equal(5, await store.CountAsync(ActivityQuery.All));
    }

    [Fact]
    public async Task ImportAsync_WriteFailsOnThirdActivity_ReportedOthersStoredNoHalfWritten()
    {
        var folder = WriteFiles(5);
        using var store = SqliteActivityStore.Open(_db.Path);
        var written = 0;
        store.BeforeWriteStep = (step, _) =>
        {
            if (step == ActivityWriteStep.Summary) written++;
            if (written == 3 && step == ActivityWriteStep.Samples) throw new IOException("injected fault: disk I/O error");
        };

        var report = await new ImportService(store, [new SyntheticFitReader()]).ImportAsync([folder]);

        Assert.Equal(4, report.Imported);
        Assert.Equal($"{Path.Combine(folder, "run-02.fit")}: injected fault: disk I/O error", report.Files[2].Reason);
        Assert.Equal(4, await store.CountAsync(ActivityQuery.All));
        AssertConsistent(_db.Path, expectedActivities: 4);
    }

    [Fact]
    public async Task ImportAsync_KilledWhileWritingAnActivity_FilesAtThatMomentOpenConsistent()
    {
        // A kill freezes the database files as they are on disk. The third activity's transaction is made
        // to spill its pages into the WAL (a one-page cache), then the files are copied just before its
        // commit — the state a kill at that instant leaves — and the copy is opened as a fresh process would.
        var folder = WriteFiles(5);
        var snapshot = Path.Combine(_db.Folder, "at-kill");
        long walBefore = 0, walAtKill = 0;
        using (var store = SqliteActivityStore.Open(_db.Path))
        {
            var written = 0;
            store.BeforeWriteStep = (step, connection) =>
            {
                if (step == ActivityWriteStep.Summary) written++;
                if (written != 3) return;
                if (step == ActivityWriteStep.Summary)
                {
                    walBefore = new FileInfo(_db.Path + "-wal").Length;
                    Execute(connection, "PRAGMA cache_size = 1;");
                }
                if (step == ActivityWriteStep.Commit)
                {
                    walAtKill = new FileInfo(_db.Path + "-wal").Length;
                    CopyDatabaseFiles(_db.Path, snapshot);
                }
            };
            await new ImportService(store, [new SyntheticFitReader()]).ImportAsync([folder]);
        }

        Assert.True(walAtKill > walBefore, $"uncommitted pages reached the WAL ({walBefore} -> {walAtKill} bytes)");
        var copy = Path.Combine(snapshot, Path.GetFileName(_db.Path));
        using (var reopened = SqliteActivityStore.Open(copy))
        {
            Assert.Equal(2, await reopened.CountAsync(ActivityQuery.All));
            Assert.Null(await reopened.GetAsync(3));
            Assert.Equal(1801, (await reopened.GetAsync(2))!.Samples.Count);
        }
        AssertConsistent(copy, expectedActivities: 2);
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void CopyDatabaseFiles(string databasePath, string toFolder)
    {
        Directory.CreateDirectory(toFolder);
        foreach (var suffix in new[] { "", "-wal" })
        {
            var source = databasePath + suffix;
            if (!File.Exists(source)) continue;
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var output = File.Create(Path.Combine(toFolder, Path.GetFileName(source)));
            input.CopyTo(output);
        }
    }

    private static void AssertConsistent(string databasePath, int expectedActivities)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check;"));
        foreach (var table in new[] { "laps", "splits", "best_efforts", "samples" })
            Assert.Equal(0L, Scalar(connection, $"SELECT COUNT(*) FROM {table} WHERE activity_id NOT IN (SELECT id FROM activities);"));
        Assert.Equal((long)expectedActivities, Scalar(connection, "SELECT COUNT(*) FROM samples;"));
        Assert.Equal((long)expectedActivities * 7, Scalar(connection, "SELECT COUNT(*) FROM splits WHERE unit = 'km';"));
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
