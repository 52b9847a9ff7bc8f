using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Plans;

/// <summary>
/// Current running volume for a plan: the mean weekly running distance and the longest run over the last
/// <see cref="MaxWeeks"/> weeks up to the history's last day. A history younger than that is averaged over the
/// weeks it covers, but over at least <see cref="MinWeeks"/> (the "last 4–6 weeks"), so one big first
/// week is not taken for a habit.
/// </summary>
public sealed record RecentVolume(double WeeklyDistanceM, double LongestRunM, int Weeks)
{
    public const int MinWeeks = 4;
    public const int MaxWeeks = 6;

    public static RecentVolume From(IEnumerable<ActivitySummary> summaries, DateOnly historyEnd)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var first = historyEnd.AddDays(1 - 7 * MaxWeeks);
        var runs = summaries.Where(s => s.Sport.IsRun())
            .Select(s => (Day: ActivitiesAsOf.LocalDate(s), s.Distance.Meters))
            .Where(r => r.Day >= first && r.Day <= historyEnd).ToList();
        if (runs.Count == 0) return new RecentVolume(0, 0, MaxWeeks);
        var coveredDays = historyEnd.DayNumber - runs.Min(r => r.Day).DayNumber + 1;
        var weeks = Math.Clamp((int)Math.Ceiling(coveredDays / 7.0), MinWeeks, MaxWeeks);
        return new RecentVolume(runs.Sum(r => r.Meters) / weeks, runs.Max(r => r.Meters), weeks);
    }
}
