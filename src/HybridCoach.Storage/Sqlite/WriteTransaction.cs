using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// A store's write transaction. On its own it is BEGIN … COMMIT; inside a unit of work (<see cref="SqliteUnitOfWork"/>,
/// which has a transaction open on the connection) it is a savepoint of that transaction
/// (sqlite.org/lang_savepoint.html): released into the unit's transaction on commit, rolled back to on failure, and
/// made durable only when the whole unit commits. <see cref="Transaction"/> is then null — the commands run in the
/// unit's transaction, which the connection holds at the SQL level.
/// It survives SQLite ending a transaction on its own. On some errors — SQLITE_FULL,
/// SQLITE_IOERR, SQLITE_NOMEM, SQLITE_BUSY in a write — SQLite rolls the transaction back itself
/// (sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction"); Microsoft.Data.Sqlite 6 then still
/// sends ROLLBACK when the transaction object is disposed, which fails with "cannot rollback - no transaction is
/// active", hides the real error (a full disk) and fails again when the connection closes. Here, a transaction that
/// was neither committed nor is still open is closed quietly, so the first error is the one reported.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable, IDisposable
{
    private const string SavepointName = "store_write";
    private readonly SqliteConnection _connection;
    private readonly bool _savepoint;
    private bool _committed;

    private WriteTransaction(SqliteConnection connection)
    {
        _connection = connection;
        _savepoint = InTransaction(connection);
        if (_savepoint) Execute(connection, $"SAVEPOINT {SavepointName};");
        else Transaction = connection.BeginTransaction();
    }

    /// <summary>The transaction the commands are given; null inside a unit of work (they run in its transaction).</summary>
    public SqliteTransaction? Transaction { get; }

    public static WriteTransaction Begin(SqliteConnection connection) => new(connection);

    /// <summary>Whether a transaction is open on the connection (SQLite is out of autocommit mode).</summary>
    public static bool InTransaction(SqliteConnection connection) =>
        connection.State == System.Data.ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    public void Commit()
    {
        if (_savepoint) Execute(_connection, $"RELEASE {SavepointName};");
        else Transaction!.Commit();
        _committed = true;
    }

    public Task CommitAsync(CancellationToken cancellationToken)
    {
        Commit();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_savepoint)
        {
            // Undo this store's part only; the unit decides about the rest. Nothing to undo if SQLite ended the whole transaction.
            if (_committed || !InTransaction(_connection)) return;
            try
            {
                Execute(_connection, $"ROLLBACK TO {SavepointName}; RELEASE {SavepointName};");
            }
            catch (SqliteException)
            {
                // The error already on its way is the one to report; the unit rolls its whole transaction back.
            }
            return;
        }
        // Ended by SQLite already (autocommit again): open an empty one for the pending ROLLBACK to end.
        if (!_committed && _connection.State == System.Data.ConnectionState.Open && !InTransaction(_connection))
            Execute(_connection, "BEGIN;");
        Transaction!.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
