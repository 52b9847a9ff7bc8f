using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Import;

/// <summary>
/// Strava's activities.csv holds what the runner typed — the activity's name and type — which the file
/// itself often lacks (a FIT file has no name; a GPX track's type is free text). Those win over the file.
/// </summary>
internal static class StravaOverrides
{
    public static Activity Apply(Activity activity, StravaActivityInfo strava)
    {
        var summary = activity.Summary with
        {
            Name = strava.Name ?? activity.Summary.Name,
            Sport = strava.Sport ?? activity.Summary.Sport,
        };
        return activity with { Summary = summary };
    }
}
