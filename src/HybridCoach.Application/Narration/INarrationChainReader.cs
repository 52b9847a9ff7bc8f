namespace HybridCoach.Application.Narration;

/// <summary>Reads the whole narration audit with its chain hashes and head, for `coach audit verify`.</summary>
public interface INarrationChainReader
{
    Task<(IReadOnlyList<ChainedNarration> Records, (long LastId, string LastHash)? Head)> ReadChainAsync(CancellationToken cancellationToken = default);
}
