using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Activities;

/// <summary>
/// Two recordings of the same activity (a watch's FIT and the Strava copy of it, say) start at nearly
/// the same moment and cover nearly the same distance. Thresholds from issue 2: start within 60 s and
/// distance within 1 % of the stored activity's distance.
/// </summary>
public static class DuplicateRule
{
    public static readonly TimeSpan StartWindow = TimeSpan.FromSeconds(60);
    public const double DistanceTolerance = 0.01;

    public static bool IsSameActivity(DuplicateCandidate stored, DateTimeOffset startTime, Distance distance)
    {
        var apart = (stored.StartTime - startTime).Duration();
        if (apart > StartWindow) return false;
        var difference = Math.Abs(stored.Distance.Meters - distance.Meters);
        // Both zero (a strength session, a manual entry without distance) counts as the same distance.
        return difference <= DistanceTolerance * stored.Distance.Meters;
    }
}
