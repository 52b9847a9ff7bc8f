using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// One connection to an athlete's database, and the gate that serialises it, shared by every small store of one
/// service scope (the connection factory of the athlete scope): a scope then holds a handful of open files instead of
/// one connection, with its -wal and -shm, per store. SQLite has one writer at a time anyway, so one connection per
/// athlete costs the athlete's own requests nothing they would not wait for. Disposed with the scope, once.
/// </summary>
public sealed class SharedSqliteConnection : IDisposable
{
    private SharedSqliteConnection(SqliteDatabase database)
    {
        Connection = database.Connection;
        FullPath = database.FullPath;
        Gate = new ConnectionGate(database.FullPath);
    }

    internal SqliteConnection Connection { get; }

    internal ConnectionGate Gate { get; }

    public string FullPath { get; }

    /// <summary>Opens (creating and migrating as <see cref="SqliteDatabase"/> does) the database at <paramref name="databasePath"/>.</summary>
    public static SharedSqliteConnection Open(string databasePath, TimeProvider? clock = null) =>
        new(SqliteDatabase.Open(databasePath, clock ?? TimeProvider.System));

    public void Dispose()
    {
        Connection.Dispose();
        Gate.Dispose();
    }
}
