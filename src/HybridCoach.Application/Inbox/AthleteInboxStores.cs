using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Inbox;

/// <summary>
/// One athlete's proposal and escalation stores, and the narration audit (the latest narration of each item; null
/// where the athlete's narrations are not kept), opened for the inbox; disposing closes what <paramref name="owner"/> holds.
/// </summary>
public sealed class AthleteInboxStores(IProposalStore proposals, IEscalationStore escalations, IDisposable? owner = null, INarrationAudit? narrations = null)
    : IDisposable
{
    public IProposalStore Proposals { get; } = proposals;
    public IEscalationStore Escalations { get; } = escalations;
    public INarrationAudit? Narrations { get; } = narrations;

    public void Dispose() => owner?.Dispose();
}
