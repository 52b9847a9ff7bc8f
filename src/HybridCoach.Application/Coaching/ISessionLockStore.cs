namespace HybridCoach.Application.Coaching;

/// <summary>The coach's session locks on one athlete. Writes are one transaction and throw on failure.</summary>
public interface ISessionLockStore
{
    /// <summary>Stores a new lock; its id.</summary>
    Task<long> AddAsync(StoredSessionLock sessionLock, CancellationToken cancellationToken = default);

    /// <summary>Releases every open lock on <paramref name="date"/>; false when there was none.</summary>
    Task<bool> UnlockAsync(DateOnly date, string unlockedBy, string reason, DateTimeOffset unlockedAtUtc, CancellationToken cancellationToken = default);

    /// <summary>The locks still in force, by day.</summary>
    Task<IReadOnlyList<StoredSessionLock>> ListOpenAsync(CancellationToken cancellationToken = default);
}
