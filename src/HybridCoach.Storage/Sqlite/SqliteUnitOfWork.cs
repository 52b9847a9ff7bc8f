using HybridCoach.Application.Stores;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The unit of work over the athlete's shared connection (<see cref="SharedSqliteConnection"/>): it holds the
/// connection's gate, opens one write transaction (BEGIN IMMEDIATE, so the write lock is taken at once and a busy
/// database is waited for before any work is done: sqlite.org/lang_transaction.html), lets the stores write into it —
/// each store's own transaction becomes a savepoint of it (<see cref="WriteTransaction"/>) — and commits when the work
/// returns, or rolls everything back when it throws. Only stores on the same shared connection take part.
/// </summary>
public sealed class SqliteUnitOfWork(SharedSqliteConnection shared) : IUnitOfWork
{
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (shared.Gate.HeldByThisFlow) return work(cancellationToken);
        return shared.Gate.RunHeldAsync(async () =>
        {
            WriteTransaction.Execute(shared.Connection, "BEGIN IMMEDIATE;");
            try
            {
                var result = await work(cancellationToken);
                WriteTransaction.Execute(shared.Connection, "COMMIT;");
                return result;
            }
            catch
            {
                RollBack();
                throw;
            }
        }, cancellationToken);
    }

    private void RollBack()
    {
        if (!WriteTransaction.InTransaction(shared.Connection)) return;
        try
        {
            WriteTransaction.Execute(shared.Connection, "ROLLBACK;");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The work's own error is the one to report; a connection that cannot roll back is closed with the scope.
        }
    }
}
