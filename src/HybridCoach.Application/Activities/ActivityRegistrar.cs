using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>
/// Adds an activity unless it is already stored: by content hash, then by <see cref="DuplicateRule"/> — checked and
/// inserted in one store transaction (<see cref="IActivityStore.AddIfNewAsync"/>), so concurrent imports cannot both
/// add it. Shared by file import, manual entries and the CSV log so all three report duplicates the same way.
/// </summary>
public sealed class ActivityRegistrar(IActivityStore store)
{
    public Task<Registration> RegisterAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var summary = activity.Summary;
        return store.AddIfNewAsync(activity, DuplicateRule.StartWindow,
            candidate => DuplicateRule.IsSameActivity(candidate, summary.StartTime, summary.Distance), cancellationToken);
    }
}
