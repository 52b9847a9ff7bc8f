using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// The loads `coach metrics` uses for one activity as of a date (`coach activity show` and the web app's activity page):
/// under the athlete profile's physiology, with the threshold pace estimated from the history when the profile has none
/// (<see cref="ResolvedLoadProfile"/>), stored once computed (<see cref="ActivityLoads"/>).
/// </summary>
public sealed class ReadActivityLoads(IActivityStore store, IAthleteStore athletes, ActivityLoads loads)
{
    public async Task<ActivityLoadReport> ReadAsync(Activity activity, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var athlete = await athletes.GetProfileAsync(cancellationToken);
        var resolved = await ResolvedLoadProfile.ResolveAsync(store, AthleteLoadProfile.From(athlete, LoadProfileOverrides.None), asOf, cancellationToken);
        var measured = await loads.MeasureAsync(activity, resolved.Profile, cancellationToken: cancellationToken);
        return new ActivityLoadReport(measured, resolved.ThresholdPaceSource.ToString().ToLowerInvariant());
    }
}
