using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>One training week's running volume (weeks start on Monday, ISO 8601).</summary>
public sealed record WeekVolume(DateOnly WeekStart, int Runs, Distance RunDistance, Duration RunTime, Distance LongestRun, int OtherSessions);
