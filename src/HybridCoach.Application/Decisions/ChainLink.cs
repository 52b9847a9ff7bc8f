namespace HybridCoach.Application.Decisions;

/// <summary>One record of an audit chain as the walk sees it: its id, its stored hashes and the hash its content gives now.</summary>
public sealed record ChainLink(long Id, string? PrevHash, string? RecordHash, string? ComputedHash);
