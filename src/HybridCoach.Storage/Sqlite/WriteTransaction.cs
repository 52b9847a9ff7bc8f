using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// A write transaction (BEGIN IMMEDIATE) that survives SQLite ending it on its own. On some errors — SQLITE_FULL,
/// SQLITE_IOERR, SQLITE_NOMEM, SQLITE_BUSY in a write — SQLite rolls the transaction back itself
/// (sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction"); Microsoft.Data.Sqlite 6 then still
/// sends ROLLBACK when the transaction object is disposed, which fails with "cannot rollback - no transaction is
/// active", hides the real error (a full disk) and fails again when the connection closes. Here, a transaction that
/// was neither committed nor is still open is closed quietly, so the first error is the one reported.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _connection;
    private bool _committed;

    private WriteTransaction(SqliteConnection connection)
    {
        _connection = connection;
        Transaction = connection.BeginTransaction();
    }

    public SqliteTransaction Transaction { get; }

    public static WriteTransaction Begin(SqliteConnection connection) => new(connection);

    public void Commit()
    {
        Transaction.Commit();
        _committed = true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public void Dispose()
    {
        // Ended by SQLite already (autocommit again): open an empty one for the pending ROLLBACK to end.
        if (!_committed && _connection.State == System.Data.ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) != 0)
            using (var begin = _connection.CreateCommand())
            {
                begin.CommandText = "BEGIN;";
                begin.ExecuteNonQuery();
            }
        Transaction.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
