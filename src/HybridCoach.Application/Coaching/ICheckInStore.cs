namespace HybridCoach.Application.Coaching;

/// <summary>The athlete's weekly check-ins (same database as their activities). Writes are one transaction and throw on failure.</summary>
public interface ICheckInStore
{
    /// <summary>Stores a check-in (its id is ignored) and returns the id given.</summary>
    Task<long> AddAsync(StoredCheckIn checkIn, CancellationToken cancellationToken = default);

    /// <summary>Check-ins whose week starts on or before <paramref name="to"/>, oldest first (several for one week: in the order recorded).</summary>
    Task<IReadOnlyList<StoredCheckIn>> ListAsync(DateOnly to, CancellationToken cancellationToken = default);
}
