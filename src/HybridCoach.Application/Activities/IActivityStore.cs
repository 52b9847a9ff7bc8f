using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>
/// Where activities live. Failure policy: <see cref="AddAsync"/> is atomic — it stores the whole
/// activity (summary, laps, splits, best efforts, samples) or nothing, and throws on failure; readers
/// never see a half-written activity. Every method is safe to call again after a failure.
/// </summary>
public interface IActivityStore
{
    /// <summary>Stores one activity in its own transaction and returns its new id.</summary>
    Task<long> AddAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the activity unless it is already stored — the same content, or a twin among the activities starting
    /// within <paramref name="window"/> of it (<paramref name="isTwin"/>) — with the check and the insert in one write
    /// transaction, so two processes importing the same activity at once store it once (issue 15 item 4).
    /// </summary>
    Task<Registration> AddIfNewAsync(Activity activity, TimeSpan window, Func<DuplicateCandidate, bool> isTwin, CancellationToken cancellationToken = default);

    /// <summary>The id of the activity whose source content has this SHA-256 (lowercase hex), if any.</summary>
    Task<long?> FindByContentHashAsync(string contentSha256, CancellationToken cancellationToken = default);

    /// <summary>Activities starting within <paramref name="window"/> of <paramref name="startTime"/> (either side).</summary>
    Task<IReadOnlyList<DuplicateCandidate>> FindStartingNearAsync(
        DateTimeOffset startTime, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Summaries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<ActivityListItem>> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default);

    /// <summary>One activity with its laps, splits, best efforts and samples; null when there is no such id.</summary>
    Task<Activity?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>How many activities match <paramref name="query"/> (its limit is ignored).</summary>
    Task<int> CountAsync(ActivityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Renames and/or re-classifies an activity; a null argument leaves that value. False when the id is unknown.</summary>
    Task<bool> UpdateNameAndSportAsync(long id, string? name, Sport? sport, CancellationToken cancellationToken = default);
}
