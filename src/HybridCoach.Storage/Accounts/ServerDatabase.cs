using Dapper;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Accounts;

/// <summary>
/// The server's own SQLite file (<c>accounts.db</c> beside the athletes' stores: accounts, feeds, tokens, uploads),
/// opened in WAL with the store's connection settings and a schema made on first open (idempotent). A file that
/// cannot be opened is one line naming it (<see cref="StoreOpenException"/>).
/// </summary>
internal static class ServerDatabase
{
    public static (SqliteConnection Connection, string FullPath) Open(string databasePath, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        SqliteStartup.EnsureInitialised();
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute(SqliteDialect.Instance.ConnectionSetup);
            connection.Execute(schema);
            return (connection, full);
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new StoreOpenException(full, SqliteFaults.Reason(error), error);
        }
    }
}
