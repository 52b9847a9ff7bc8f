using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

/// <summary>One week's running volume as JSON.</summary>
public sealed record WeekVolumeJson(string WeekStart, int Runs, double RunDistanceM, double RunTimeS, double LongestRunM, int OtherSessions)
{
    public static WeekVolumeJson From(WeekVolume week) => new(
        week.WeekStart.ToString("yyyy-MM-dd"),
        week.Runs,
        Math.Round(week.RunDistance.Meters, 1),
        Math.Round(week.RunTime.Seconds, 1),
        Math.Round(week.LongestRun.Meters, 1),
        week.OtherSessions);
}
