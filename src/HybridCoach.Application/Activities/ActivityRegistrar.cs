using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>
/// Adds an activity unless it is already stored: first by content hash, then by <see cref="DuplicateRule"/>.
/// Shared by file import, manual entries and the CSV log so all three report duplicates the same way.
/// </summary>
public sealed class ActivityRegistrar(IActivityStore store)
{
    public async Task<Registration> RegisterAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var sameContent = await store.FindByContentHashAsync(activity.Source.ContentSha256, cancellationToken);
        if (sameContent is { } contentId)
            return Registration.Duplicate(contentId, $"duplicate of #{contentId} (same content)");

        var summary = activity.Summary;
        var near = await store.FindStartingNearAsync(summary.StartTime, DuplicateRule.StartWindow, cancellationToken);
        var twin = near.FirstOrDefault(c => DuplicateRule.IsSameActivity(c, summary.StartTime, summary.Distance));
        if (twin is not null)
            return Registration.Duplicate(twin.Id, $"duplicate of #{twin.Id} (same start and distance)");

        var id = await store.AddAsync(activity, cancellationToken);
        return new Registration(true, id, null);
    }
}
