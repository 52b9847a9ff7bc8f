using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Groups activity summaries into Monday-based weeks (ISO 8601) by their local start date and sums the
/// running volume. Weeks with no activity inside the covered range are included with zero volume.
/// </summary>
public static class WeeklyVolumeCalculator
{
    public static IReadOnlyList<WeekVolume> Calculate(IEnumerable<ActivitySummary> summaries)
    {
        var byWeek = summaries.GroupBy(s => WeekStart(DateOnly.FromDateTime(s.StartTime.DateTime))).ToDictionary(g => g.Key, g => g.ToList());
        if (byWeek.Count == 0) return [];
        var weeks = new List<WeekVolume>();
        for (var week = byWeek.Keys.Min(); week <= byWeek.Keys.Max(); week = week.AddDays(7))
        {
            weeks.Add(Summarise(week, byWeek.GetValueOrDefault(week) ?? []));
        }
        return weeks;
    }

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static WeekVolume Summarise(DateOnly week, List<ActivitySummary> activities)
    {
        var runs = activities.Where(a => a.Sport.IsRun()).ToList();
        return new WeekVolume(
            week,
            runs.Count,
            new Distance(runs.Sum(r => r.Distance.Meters)),
            new Duration(runs.Sum(r => r.TimerTime.Seconds)),
            runs.Count == 0 ? Distance.Zero : runs.Max(r => r.Distance),
            activities.Count - runs.Count);
    }
}
