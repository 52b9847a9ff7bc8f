namespace HybridCoach.Application.Activities;

/// <summary>
/// `coach activity delete ID` and `--restore`: a delete hides the activity from every read (the list, the metrics,
/// the daily call, the plans) and is recorded with why; a restore brings it back within <see cref="GracePeriod"/> of
/// the delete. The loads and figures follow at once, since they are computed from the live activities. Errors name
/// the input: no such activity, already deleted, not deleted, past the grace period.
/// </summary>
public sealed class DeleteActivity(IActivityDeletions deletions, TimeProvider clock)
{
    /// <summary>How long a deleted activity can be restored (a product rule: a month to notice a mistake).</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(30);

    public async Task<ActivityDeletionEntry> DeleteAsync(long id, string? reason, CancellationToken cancellationToken = default)
    {
        var (exists, deletedAt) = await deletions.StateAsync(id, cancellationToken);
        if (!exists) throw new Errors.NotFoundException($"ACTIVITY {id}: no such activity");
        if (deletedAt is { } at) throw new Errors.ConflictException($"ACTIVITY {id}: already deleted on {at:yyyy-MM-dd}; restoring it brings it back");
        var entry = new ActivityDeletionEntry(id, "delete", Reason(reason), clock.GetUtcNow());
        await deletions.DeleteAsync(id, entry.Reason, entry.AtUtc, cancellationToken);
        return entry;
    }

    public async Task<ActivityDeletionEntry> RestoreAsync(long id, string? reason, CancellationToken cancellationToken = default)
    {
        var (exists, deletedAt) = await deletions.StateAsync(id, cancellationToken);
        if (!exists) throw new Errors.NotFoundException($"ACTIVITY {id}: no such activity");
        if (deletedAt is not { } at) throw new Errors.ConflictException($"ACTIVITY {id}: not deleted, nothing to restore");
        var now = clock.GetUtcNow();
        if (now - at > GracePeriod)
            throw new Errors.ConflictException($"ACTIVITY {id}: deleted on {at:yyyy-MM-dd}, past the {GracePeriod.TotalDays:0}-day grace period for a restore");
        var entry = new ActivityDeletionEntry(id, "restore", Reason(reason), now);
        await deletions.RestoreAsync(id, entry.Reason, entry.AtUtc, cancellationToken);
        return entry;
    }

    public const int MaxReasonLength = 500;

    private static string Reason(string? reason)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim();
        return text.Length <= MaxReasonLength ? text : throw new Errors.InvalidInputException("reason", $": at most {MaxReasonLength} characters ({text.Length} given)");
    }
}
