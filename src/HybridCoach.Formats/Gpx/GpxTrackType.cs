using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Gpx;

/// <summary>The sport a GPX track's free-text &lt;type&gt; names.</summary>
public static class GpxTrackType
{
    /// <summary>
    /// A spelled-out type ("running", "cycling", "Run") through <see cref="SportExtensions.ParseSport"/>.
    /// Strava's GPX export writes unpublished numeric codes instead: "1" is a ride (gpx/4801048867_strava.gpx
    /// is the ride recorded in fit/4801048867.fit) and "9" a run (reported by users, e.g. erik/derive issue #65
    /// on GitHub); other numbers are left unknown.
    /// </summary>
    public static Sport? ToSport(string? type) => type?.Trim() switch
    {
        null or "" => null,
        "1" => Sport.Cycling,
        "9" => Sport.Running,
        var text => SportExtensions.ParseSport(text),
    };
}
