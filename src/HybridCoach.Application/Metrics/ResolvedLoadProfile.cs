using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// A load profile with its threshold pace settled: the profile's own when it has one, else the one estimated
/// from the history's best efforts as of the date (<see cref="EstimateThresholdPace"/>), else none — and which.
/// </summary>
public sealed record ResolvedLoadProfile(LoadProfile Profile, ThresholdPaceSource ThresholdPaceSource)
{
    public static async Task<ResolvedLoadProfile> ResolveAsync(IActivityStore store, LoadProfile profile, DateOnly asOf,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.ThresholdPace is not null) return new(profile, ThresholdPaceSource.Profile);
        var estimate = await new EstimateThresholdPace(store).EstimateAsync(asOf, cancellationToken);
        return estimate is null
            ? new(profile, ThresholdPaceSource.None)
            : new(profile with { ThresholdPace = estimate.ThresholdPace }, ThresholdPaceSource.Estimated);
    }
}
