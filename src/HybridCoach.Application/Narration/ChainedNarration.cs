namespace HybridCoach.Application.Narration;

/// <summary>A stored narration with the chain hashes stored beside it (null for a record from before the chain).</summary>
public sealed record ChainedNarration(NarrationAuditRecord Record, string? PrevHash, string? RecordHash);
