using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>A store that cannot be opened says which path and why, in one line (issue 13 item 9), and changes nothing on disk.</summary>
public sealed class StoreOpenFailureTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Open_FileThatIsNotADatabase_NamesPathAndReasonAndKeepsTheFile()
    {
        File.WriteAllText(_db.Path, "these are someone's notes, not a database, and they are long enough to be read as a header");
        var before = File.ReadAllBytes(_db.Path);

        var error = Assert.Throws<StoreOpenException>(() => SqliteActivityStore.Open(_db.Path, TimeProvider.System));

        Assert.Equal($"store {_db.Path}: the file is not a database (SQLite error 26): {SqliteFaults.RecoveryAdvice}", error.Message);
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    /// <summary>Issue 15 item 5: a 0-byte store (a truncation, a failed copy) was silently recreated empty, the history lost.</summary>
    [Fact]
    public void Open_EmptyFile_RefusedNotRecreated()
    {
        File.WriteAllBytes(_db.Path, []);
        File.SetLastWriteTimeUtc(_db.Path, DateTime.UtcNow.AddHours(-1)); // left empty an hour ago, not being created now

        var error = Assert.Throws<StoreOpenException>(() => SqliteActivityStore.Open(_db.Path, TimeProvider.System));

        Assert.Equal($"store {_db.Path}: is empty (0 bytes), not a HybridCoach database; restore it from a backup, or remove it to start a new store", error.Message);
        Assert.Equal(0, new FileInfo(_db.Path).Length);
    }

    [Fact]
    public void Open_EmptyFileJustMade_OpenedAsTheNewStoreAnotherProcessIsCreating()
    {
        File.WriteAllBytes(_db.Path, []);

        using var store = SqliteActivityStore.Open(_db.Path, TimeProvider.System);

        Assert.True(new FileInfo(_db.Path).Length > 0);
    }

    [Fact]
    public void Open_NoFile_CreatesANewStore()
    {
        using var store = SqliteActivityStore.Open(_db.Path, TimeProvider.System);

        Assert.True(new FileInfo(_db.Path).Length > 0);
    }

    [Fact]
    public void Open_DataDirectoryIsAFile_NamesTheFile()
    {
        var file = Path.Combine(_db.Folder, "notes.txt");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<StoreOpenException>(() => SqliteActivityStore.Open(Path.Combine(file, "coach.db"), TimeProvider.System));

        Assert.Equal($"store {Path.Combine(file, "coach.db")}: {file} is a file, not a folder (check --data-dir)", error.Message);
    }

    [Fact]
    public void Open_DatabasePathIsAFolder_Named()
    {
        Directory.CreateDirectory(_db.Path);

        var error = Assert.Throws<StoreOpenException>(() => SqliteActivityStore.Open(_db.Path, TimeProvider.System));

        Assert.Equal($"store {_db.Path}: is a folder, not a database file", error.Message);
    }
}
