using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The connection and gate every small store over the athlete's database shares: opened (and migrated) through
/// <see cref="SqliteDatabase"/>, calls serialised through a <see cref="ConnectionGate"/>.
/// </summary>
public abstract class SqliteStore : IDisposable
{
    private readonly ConnectionGate _gate;

    private protected SqliteStore(string databasePath, TimeProvider? clock)
    {
        var database = SqliteDatabase.Open(databasePath, clock ?? TimeProvider.System);
        Connection = database.Connection;
        _gate = new ConnectionGate(database.FullPath);
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
