using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Decisions;

/// <summary>`coach audit show ID`: the decision record with its explanation, which may be a narration record of its own (<see cref="DecisionNarration"/>).</summary>
public sealed class ShowDecision(IDecisionAuditStore audit, INarrationAudit narrations)
{
    public async Task<DecisionAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        if (await audit.GetAsync(id, cancellationToken) is not { } record) return null;
        var narration = record.NarrativeSource == NarrationSources.SeparateRecord
            ? await narrations.LatestForAsync(DecisionNarration.Reference(id), cancellationToken)
            : null;
        return DecisionNarration.Merge(record, narration);
    }
}
