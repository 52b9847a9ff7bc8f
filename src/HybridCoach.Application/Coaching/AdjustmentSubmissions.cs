using HybridCoach.Application.Coaching.Records;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Whether an adjustment's acceptance already went through — a plan version made from it (its change-log note's
/// source) or a proposal holding it for the coach — though its own status was not yet marked (the store failed between
/// the two writes). Accepting it again then only marks it, so an accepted adjustment never makes a second version.
/// </summary>
public sealed class AdjustmentSubmissions(IPlanChangeLog log, IProposalStore proposals)
{
    public async Task<bool> AlreadySubmittedAsync(long adjustmentId, long basisVersion, long latestVersion, CancellationToken cancellationToken = default)
    {
        var source = $"adjustment {CoachingIds.Adjustment(adjustmentId)}";
        for (var version = latestVersion; version > basisVersion; version--)
            if ((await log.GetAsync(version, cancellationToken))?.Source == source) return true;
        return (await proposals.ListAsync(null, cancellationToken)).Any(p => CoachingJson.ReadPayload(p.PayloadJson).AdjustmentId == adjustmentId);
    }
}
