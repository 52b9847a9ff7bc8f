using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The connection and gate of a small store over the athlete's database: the scope's
/// <see cref="SharedSqliteConnection"/> when one is given (every store of the scope then shares it), else a connection
/// of the store's own, opened (and migrated) through <see cref="SqliteDatabase"/> and closed with the store.
/// </summary>
public abstract class SqliteStore : IDisposable
{
    private readonly SharedSqliteConnection? _owned;
    private readonly ConnectionGate _gate;

    private protected SqliteStore(string databasePath, TimeProvider? clock, SharedSqliteConnection? shared = null)
    {
        var connection = shared ?? (_owned = SharedSqliteConnection.Open(databasePath, clock));
        if (shared is not null && shared.FullPath != Path.GetFullPath(databasePath))
            throw new ArgumentException($"the shared connection is to {shared.FullPath}, not {Path.GetFullPath(databasePath)}", nameof(shared));
        Connection = connection.Connection;
        _gate = connection.Gate;
    }

    private protected SqliteConnection Connection { get; }

    private protected Task<T> Locked<T>(Func<Task<T>> action, CancellationToken cancellationToken) => _gate.RunAsync(action, cancellationToken);

    public void Dispose()
    {
        _owned?.Dispose();
        GC.SuppressFinalize(this);
    }
}
