namespace HybridCoach.Application.Decisions;

/// <summary>What `coach audit verify` found: chained records checked, records from before the chain, and every break.</summary>
public sealed record AuditVerification(int Chained, int BeforeChain, IReadOnlyList<string> Problems)
{
    public bool Intact => Problems.Count == 0;
}
