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
}
