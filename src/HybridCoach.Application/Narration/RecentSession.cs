namespace HybridCoach.Application.Narration;

/// <summary>One recent activity as a narration sees it: day, sport id, distance, timer time and whether it was hard.</summary>
public sealed record RecentSession(DateOnly Date, string Sport, double DistanceM, double DurationS, bool Hard, bool IsRun)
{
    /// <summary>Seconds per km; null without distance.</summary>
    public double? PaceSPerKm => DistanceM >= 100 ? DurationS / (DistanceM / 1000) : null;
}
