using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Inbox;

/// <summary>One athlete's proposal and escalation stores, opened for the inbox; disposing closes what <paramref name="owner"/> holds.</summary>
public sealed class AthleteInboxStores(IProposalStore proposals, IEscalationStore escalations, IDisposable? owner = null) : IDisposable
{
    public IProposalStore Proposals { get; } = proposals;
    public IEscalationStore Escalations { get; } = escalations;

    public void Dispose() => owner?.Dispose();
}
