namespace HybridCoach.Application.Restrictions;

/// <summary>The coach's holds on one athlete. Writes are one transaction and throw on failure.</summary>
public interface IHoldStore
{
    /// <summary>Stores a new hold; its id.</summary>
    Task<long> AddAsync(StoredHold hold, CancellationToken cancellationToken = default);

    /// <summary>Marks a hold lifted from <paramref name="liftedOn"/>; false when it was already lifted or does not exist.</summary>
    Task<bool> LiftAsync(long id, string liftedBy, string reason, DateOnly liftedOn, DateTimeOffset liftedAtUtc, CancellationToken cancellationToken = default);

    Task<StoredHold?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every hold, oldest first.</summary>
    Task<IReadOnlyList<StoredHold>> ListAsync(CancellationToken cancellationToken = default);
}
