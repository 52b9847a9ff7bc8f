using Dapper;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Accounts;

/// <summary>
/// A store in the server's own SQLite file (<c>accounts.db</c> beside the athletes' stores: accounts, feeds, tokens,
/// kept uploads): a connection of its own in WAL with the store's settings, calls serialised, its schema made on first
/// open (idempotent). A file that cannot be opened is one line naming it (<see cref="StoreOpenException"/>).
/// </summary>
public abstract class ServerDatabaseStore : IDisposable
{
    private readonly ConnectionGate _gate;

    private protected ServerDatabaseStore(string databasePath, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        SqliteStartup.EnsureInitialised();
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            Connection.Open();
            Connection.Execute(SqliteDialect.Instance.ConnectionSetup);
            Connection.Execute(schema);
        }
        catch (SqliteException error)
        {
            Connection.Dispose();
            throw new StoreOpenException(full, SqliteFaults.Reason(error), error);
        }
        _gate = new ConnectionGate(full);
    }

    private protected SqliteConnection Connection { get; }

    private protected Task<T> Locked<T>(Func<Task<T>> action, CancellationToken cancellationToken) => _gate.RunAsync(action, cancellationToken);

    public void Dispose()
    {
        Connection.Dispose();
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
