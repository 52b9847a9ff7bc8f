namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Serialises calls on a store's single connection (a SQLite connection is not thread-safe, and SQLite has
/// one writer at a time anyway), and turns SQLite's errors into store faults naming the file
/// (<see cref="SqliteFaults"/>): a full disk, a read-only or damaged file is one clear line, never a stack trace.
/// A unit of work holds the gate for its whole run (<see cref="RunHeldAsync{T}"/>); the store calls made inside it, on
/// the same asynchronous flow, pass through without waiting, while every other caller waits for the unit to end.
/// </summary>
internal sealed class ConnectionGate(string databasePath) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly AsyncLocal<bool> _heldByThisFlow = new();

    /// <summary>Whether the caller runs inside a unit of work that holds this gate.</summary>
    public bool HeldByThisFlow => _heldByThisFlow.Value;

    public async Task<T> RunAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        if (_heldByThisFlow.Value) return await MappingFaults(action);
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return await MappingFaults(action);
        }
        finally
        {
            _semaphore.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> holding the gate: the store calls it makes on its own flow do not wait for it.</summary>
    public async Task<T> RunHeldAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            // Set inside this async method, so the flag flows into the action and ends with it (the caller's flow never sees it).
            _heldByThisFlow.Value = true;
            return await MappingFaults(action);
        }
        finally
        {
            _heldByThisFlow.Value = false;
            _semaphore.Release();
        }
    }

    private async Task<T> MappingFaults<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Microsoft.Data.Sqlite.SqliteException error) when (SqliteFaults.IsStoreFault(error))
        {
            throw SqliteFaults.Fault(databasePath, error);
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
