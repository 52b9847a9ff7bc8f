using HybridCoach.Application.Activities;
using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>
/// Issue 15 item 5: "a deleted WAL silently loses saved activities". The state a crash leaves (store, -wal and -shm
/// as they are while a process has the store open) is copied; with the -wal the saved activity is there, without it
/// the store is refused with the reason and what to do, and the files are left as they were.
/// </summary>
public sealed class MissingWriteAheadLogTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string CrashCopy()
    {
        var copy = Path.Combine(_db.Folder, "crashed");
        Directory.CreateDirectory(copy);
        using (var store = SqliteActivityStore.Open(_db.Path, TimeProvider.System))
        {
            store.AddAsync(TestActivities.Simple("wal-only")).GetAwaiter().GetResult();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Copy(_db.Path + suffix, Path.Combine(copy, "coach.db" + suffix));
        }
        return Path.Combine(copy, "coach.db");
    }

    [Fact]
    public async Task CrashCopyWithItsLog_OpensWithTheSavedActivity()
    {
        var crashed = CrashCopy();
        using var store = SqliteActivityStore.Open(crashed, TimeProvider.System);
        Assert.Equal(1, await store.CountAsync(new ActivityQuery()));
    }

    [Fact]
    public void CrashCopyWithoutItsLog_RefusedNamingTheLostLog()
    {
        var crashed = CrashCopy();
        File.Delete(crashed + "-wal");
        var before = File.ReadAllBytes(crashed);

        var error = Assert.Throws<StoreOpenException>(() => SqliteActivityStore.Open(crashed, TimeProvider.System));

        Assert.StartsWith($"store {crashed}: its write-ahead log coach.db-wal is missing, while coach.db-shm counts ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Put the -wal file back, or restore the store from a backup", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(crashed));
        Assert.True(File.Exists(crashed + "-shm"));
    }

    [Fact]
    public async Task CleanlyClosedStore_HasNoLogAndOpens()
    {
        using (var store = SqliteActivityStore.Open(_db.Path, TimeProvider.System)) await store.AddAsync(TestActivities.Simple("closed"));
        Assert.False(File.Exists(_db.Path + "-wal"));
        using var reopened = SqliteActivityStore.Open(_db.Path, TimeProvider.System);
        Assert.Equal(1, await reopened.CountAsync(new ActivityQuery()));
    }
}
