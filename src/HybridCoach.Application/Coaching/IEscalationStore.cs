namespace HybridCoach.Application.Coaching;

/// <summary>Alerts for the coach. Writes are one transaction and throw on failure.</summary>
public interface IEscalationStore
{
    /// <summary>Stores the alert unless one with the same <see cref="StoredEscalation.DedupKey"/> exists; the new id, or null when it was a repeat.</summary>
    Task<long?> AddIfNewAsync(StoredEscalation escalation, CancellationToken cancellationToken = default);

    Task<StoredEscalation?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Alerts with the status (all when null), most urgent first, then newest.</summary>
    Task<IReadOnlyList<StoredEscalation>> ListAsync(EscalationStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>Marks an open alert acknowledged by <paramref name="decidedBy"/>; false when it was not open.</summary>
    Task<bool> AcknowledgeAsync(long id, string decidedBy, string? note, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default);

    /// <summary>Records the coach's clearance of a flag; false when that alert was already cleared or does not exist.</summary>
    Task<bool> ClearAsync(Restrictions.StoredClearance clearance, CancellationToken cancellationToken = default);

    /// <summary>
    /// Medical red flags and pain reports dated on or before <paramref name="asOf"/> that no clearance dated on or before it has
    /// lifted, oldest first: what holds the athlete back on that day.
    /// </summary>
    Task<IReadOnlyList<StoredEscalation>> ListFlagsInForceAsync(DateOnly asOf, CancellationToken cancellationToken = default);
}
