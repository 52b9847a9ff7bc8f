namespace HybridCoach.Application.Import;

/// <summary>
/// The content one import may read in all (<see cref="ImportLimits.MaxImportBytes"/>): each file's decompressed bytes
/// are spent from it, and once it is spent the remaining files fail at once, unread, each saying why.
/// </summary>
internal sealed class ImportBudget(long maxBytes)
{
    public long Spent { get; private set; }

    /// <summary>Throws <see cref="ImportLimitException"/> when nothing is left.</summary>
    public void EnsureLeft()
    {
        if (Spent >= maxBytes)
            throw new ImportLimitException($"not read: this import has read {BoundedDecompression.Size(Spent)}, the limit for one import is {BoundedDecompression.Size(maxBytes)}");
    }

    public void Spend(long bytes) => Spent += bytes;
}
