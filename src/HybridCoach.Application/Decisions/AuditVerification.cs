namespace HybridCoach.Application.Decisions;

/// <summary>What `coach audit verify` found: chained decision records checked, records from before the chain, the same for narrations, and every break.</summary>
public sealed record AuditVerification(int Chained, int BeforeChain, IReadOnlyList<string> Problems)
{
    public bool Intact => Problems.Count == 0;

    /// <summary>Narration records checked in their own chain, and those from before it.</summary>
    public int NarrationsChained { get; init; }
    public int NarrationsBeforeChain { get; init; }
}
