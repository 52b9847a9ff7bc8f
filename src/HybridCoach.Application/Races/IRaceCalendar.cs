using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Races;

/// <summary>The athlete's race calendar (same database as their activities). Each write is one transaction and throws on failure.</summary>
public interface IRaceCalendar
{
    /// <summary>Stores a race and returns its new id.</summary>
    Task<long> AddAsync(RaceEntry race, CancellationToken cancellationToken = default);

    /// <summary>Races dated from <paramref name="from"/> to <paramref name="to"/> (both inclusive; null = open), by date then id.</summary>
    Task<IReadOnlyList<StoredRace>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a race; false when the id is unknown.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default);
}
