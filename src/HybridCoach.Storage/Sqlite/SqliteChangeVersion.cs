using Dapper;
using HybridCoach.Application.Stores;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The store's change version from SQLite's <c>PRAGMA data_version</c> on a connection of its own that never writes:
/// SQLite changes that number on this connection whenever any other connection (every store's, every process's) commits
/// to the file, and never otherwise (https://www.sqlite.org/pragma.html#pragma_data_version).
/// </summary>
public sealed class SqliteChangeVersion : IStoreChangeVersion, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ConnectionGate _gate;

    private SqliteChangeVersion(SqliteConnection connection, string fullPath)
    {
        _connection = connection;
        _gate = new ConnectionGate(fullPath);
    }

    /// <summary>Opens (and, like every store, creates and migrates) the store at <paramref name="databasePath"/>.</summary>
    public static SqliteChangeVersion Open(string databasePath, TimeProvider clock)
    {
        var database = SqliteDatabase.Open(databasePath, clock);
        return new SqliteChangeVersion(database.Connection, database.FullPath);
    }

    public Task<long> ReadAsync(CancellationToken cancellationToken = default) =>
        _gate.RunAsync(async () => await _connection.ExecuteScalarAsync<long>("PRAGMA data_version;"), cancellationToken);

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
