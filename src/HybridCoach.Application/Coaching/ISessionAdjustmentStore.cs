namespace HybridCoach.Application.Coaching;

/// <summary>
/// Session adjustments (`coach adjust`). At most one <see cref="AdjustmentStatus.Requested"/> adjustment per day:
/// the store enforces it (a unique index) and throws <see cref="OpenAdjustmentExistsException"/> on a second one.
/// </summary>
public interface ISessionAdjustmentStore
{
    Task<long> AddAsync(StoredAdjustment adjustment, CancellationToken cancellationToken = default);

    Task<StoredAdjustment?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The open (requested) adjustment of a day; null when there is none.</summary>
    Task<StoredAdjustment?> FindOpenAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Moves a requested adjustment to accepted or rejected; false when it was not open (unknown or decided already).</summary>
    Task<bool> DecideAsync(long id, AdjustmentStatus status, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default);
}
