namespace HybridCoach.Application.Decisions;

/// <summary>A stored decision with the chain hashes stored beside it (null for a record from before the chain).</summary>
public sealed record ChainedDecision(DecisionAuditRecord Record, string? PrevHash, string? RecordHash);
