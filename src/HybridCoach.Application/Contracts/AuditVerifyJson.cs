using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach audit verify --json`: whether both chains are intact, how many records each holds, and every problem found.</summary>
public sealed record AuditVerifyJson(bool Intact, int Chained, int BeforeChain, int NarrationsChained, int NarrationsBeforeChain, IReadOnlyList<string> Problems)
{
    public static AuditVerifyJson From(AuditVerification result) => new(result.Intact, result.Chained, result.BeforeChain, result.NarrationsChained,
        result.NarrationsBeforeChain, result.Problems);
}
