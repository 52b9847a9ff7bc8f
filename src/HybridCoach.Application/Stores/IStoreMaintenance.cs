namespace HybridCoach.Application.Stores;

/// <summary>
/// Looking after the store file itself (issue 15 item 5): verifying it without changing it, and copying it safely
/// while in use. Neither creates or migrates a store.
/// </summary>
public interface IStoreMaintenance
{
    /// <summary>The store's file (the athlete's database).</summary>
    string StorePath { get; }

    /// <summary>Verifies <paramref name="path"/> (the store when null) read-only: integrity, foreign keys, schema version, rows per table.</summary>
    Task<StoreCheckReport> CheckAsync(string? path = null, CancellationToken cancellationToken = default);

    /// <summary>Copies the store, consistent even while another process writes, to <paramref name="targetPath"/>, which must not exist.</summary>
    Task BackupAsync(string targetPath, CancellationToken cancellationToken = default);
}
