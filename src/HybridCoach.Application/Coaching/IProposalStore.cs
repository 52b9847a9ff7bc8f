namespace HybridCoach.Application.Coaching;

/// <summary>Proposals waiting for (or decided by) the athlete or coach. Writes are one transaction and throw on failure.</summary>
public interface IProposalStore
{
    Task<long> AddAsync(StoredProposal proposal, CancellationToken cancellationToken = default);

    Task<StoredProposal?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Proposals with the status (all when null), oldest first.</summary>
    Task<IReadOnlyList<StoredProposal>> ListAsync(ProposalStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>Records the decision on a pending proposal; false when it was not pending (unknown or decided already).</summary>
    Task<bool> DecideAsync(long id, ProposalStatus status, string decidedBy, string? reason, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default);
}
