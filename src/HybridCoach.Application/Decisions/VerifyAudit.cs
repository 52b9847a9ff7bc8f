using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach audit verify` use case: walks the decision audit and the narration audit in id order and recomputes
/// each chain (<see cref="DecisionChain"/>, <see cref="NarrationChain"/>; the walk: <see cref="ChainWalk"/>). Any
/// edited, deleted or inserted record of either is named.
/// </summary>
public sealed class VerifyAudit(IDecisionChainReader decisions, INarrationChainReader narrations)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var (records, head) = await decisions.ReadChainAsync(cancellationToken);
        var decided = ChainWalk.Verify(records.Select(r => new ChainLink(r.Record.Id, r.PrevHash, r.RecordHash,
            r.PrevHash is null ? null : DecisionChain.Hash(r.PrevHash, r.Record))), head, "record");
        var (told, toldHead) = await narrations.ReadChainAsync(cancellationToken);
        var narrated = ChainWalk.Verify(told.Select(r => new ChainLink(r.Record.Id, r.PrevHash, r.RecordHash,
            r.PrevHash is null ? null : NarrationChain.Hash(r.PrevHash, r.Record))), toldHead, "narration");
        return new AuditVerification(decided.Chained, decided.Before, [.. decided.Problems, .. narrated.Problems])
        {
            NarrationsChained = narrated.Chained,
            NarrationsBeforeChain = narrated.Before,
        };
    }
}
