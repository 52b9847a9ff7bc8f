namespace HybridCoach.Application.Decisions;

/// <summary>Reads the whole decision audit with its chain hashes and head, for `coach audit verify`.</summary>
public interface IDecisionChainReader
{
    Task<(IReadOnlyList<ChainedDecision> Records, (long LastId, string LastHash)? Head)> ReadChainAsync(CancellationToken cancellationToken = default);
}
