using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Import;

/// <summary>What a Strava export's activities.csv says about one file: the runner's name and activity type.</summary>
public sealed record StravaActivityInfo(string ActivityId, string? ActivityDate, string? Name, string? ActivityType)
{
    /// <summary>The type as a <see cref="Sport"/>, or null when Strava's type has no equivalent (then the file's sport stands).</summary>
    public Sport? Sport => SportExtensions.ParseSport(ActivityType);
}
