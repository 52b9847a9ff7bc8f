namespace HybridCoach.Application.Activities;

/// <summary>
/// Hiding a stored activity from every read and bringing it back, with a record of each: nothing is erased (the row
/// and its samples stay until a restore or for good).
/// </summary>
public interface IActivityDeletions
{
    /// <summary>When the activity was deleted (null when it is live); <paramref name="exists"/> false when there is no such id.</summary>
    Task<(bool Exists, DateTimeOffset? DeletedAtUtc)> StateAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks the activity deleted and records why, in one transaction.</summary>
    Task DeleteAsync(long id, string reason, DateTimeOffset atUtc, CancellationToken cancellationToken = default);

    /// <summary>Brings a deleted activity back and records why, in one transaction.</summary>
    Task RestoreAsync(long id, string reason, DateTimeOffset atUtc, CancellationToken cancellationToken = default);

    /// <summary>Every delete and restore of the activity, oldest first.</summary>
    Task<IReadOnlyList<ActivityDeletionEntry>> HistoryAsync(long id, CancellationToken cancellationToken = default);
}
