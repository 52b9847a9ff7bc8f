namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Serialises calls on a store's single connection (a SQLite connection is not thread-safe, and SQLite has
/// one writer at a time anyway), and turns SQLite's errors into store faults naming the file
/// (<see cref="SqliteFaults"/>): a full disk, a read-only or damaged file is one clear line, never a stack trace.
/// </summary>
internal sealed class ConnectionGate(string databasePath) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        catch (Microsoft.Data.Sqlite.SqliteException error) when (SqliteFaults.IsStoreFault(error))
        {
            throw SqliteFaults.Fault(databasePath, error);
        }
        finally
        {
            _semaphore.Release();
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
