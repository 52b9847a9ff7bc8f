namespace HybridCoach.Domain.Load;

/// <summary>
/// What the daily series need from one activity: its local day, its load, and its running distance and
/// time (0 for other sports) and total time. Several per day are summed.
/// </summary>
public sealed record DatedLoad(DateOnly Day, double Load, double RunDistanceM, double RunTimeS, double TimeS)
{
    public static DatedLoad Run(DateOnly day, double load, double distanceM = 0, double timeS = 0) =>
        new(day, load, distanceM, timeS, timeS);
}
