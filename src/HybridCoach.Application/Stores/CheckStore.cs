namespace HybridCoach.Application.Stores;

/// <summary>`coach check` and `coach backup`: verify the store (or a backup of it) without changing it; back it up while in use.</summary>
public sealed class CheckStore(IStoreMaintenance maintenance)
{
    public Task<StoreCheckReport> CheckAsync(string? path = null, CancellationToken cancellationToken = default) =>
        maintenance.CheckAsync(path, cancellationToken);

    /// <summary>Backs the store up to <paramref name="targetPath"/> and checks the copy, so a backup is known good when it is made.</summary>
    public async Task<StoreCheckReport> BackupAsync(string targetPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        var full = System.IO.Path.GetFullPath(targetPath);
        if (File.Exists(full) || Directory.Exists(full))
            throw new Errors.ConflictException($"backup {full}: already exists; name a new file (a backup never overwrites anything)");
        if (!File.Exists(maintenance.StorePath))
            throw new Errors.NotFoundException($"store {maintenance.StorePath}: does not exist, nothing to back up");
        await maintenance.BackupAsync(full, cancellationToken);
        return await maintenance.CheckAsync(full, cancellationToken);
    }
}
