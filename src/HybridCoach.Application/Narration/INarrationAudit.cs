namespace HybridCoach.Application.Narration;

/// <summary>
/// The append-only audit of narrations other than the daily call's (those live in the decision record). Failure
/// policy: <see cref="AppendAsync"/> stores the whole record or nothing and throws on failure; records can never be
/// changed or deleted (the SQLite schema refuses it).
/// </summary>
public interface INarrationAudit
{
    /// <summary>Appends a record (its <c>Id</c> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(NarrationAuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>The whole record; null when there is no such id.</summary>
    Task<NarrationAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The newest record for a reference (e.g. <c>escalation:e4</c>); null when it was never narrated.</summary>
    Task<NarrationAuditRecord?> LatestForAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Records newest first (by id), only of <paramref name="purpose"/> when given, at most <paramref name="limit"/> when given.</summary>
    Task<IReadOnlyList<NarrationAuditRecord>> ListAsync(NarrationPurpose? purpose = null, int? limit = null, CancellationToken cancellationToken = default);
}
