namespace HybridCoach.Application.Decisions;

/// <summary>
/// The append-only audit trail of decisions. Failure policy: <see cref="AppendAsync"/> stores the whole record or
/// nothing and throws on failure; records can never be changed or deleted (the SQLite schema refuses it).
/// </summary>
public interface IDecisionAuditStore
{
    /// <summary>Appends a record (its <c>Id</c> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(DecisionAuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>The whole record; null when there is no such id.</summary>
    Task<DecisionAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records whose decided day lies from <paramref name="from"/> to <paramref name="to"/> (inclusive; null = open),
    /// newest first (by id), at most <paramref name="limit"/> when given.
    /// </summary>
    Task<IReadOnlyList<DecisionAuditSummary>> ListAsync(DateOnly? from = null, DateOnly? to = null, int? limit = null,
        CancellationToken cancellationToken = default);
}
