using HybridCoach.Application.Narration;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// How the week went against the plan, from the plan matcher's verdicts (<see cref="PlanMatcher"/>). Rest days are
/// not planned sessions; sessions not yet due (after the as-of day) are left out — the figures are "so far". A
/// key session is a hard one or the long run — the sessions a week is built around (Daniels' "quality" days).
/// </summary>
public static class WeekComplianceFigures
{
    /// <summary>Null when the plan has no day of the week that is due (the week lies before or after it, or has not begun in it).</summary>
    public static WeekPlanCompliance? From(IEnumerable<SessionMatch> matches, DateOnly weekStart, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var end = weekStart.AddDays(WeeklyReview.Days - 1);
        var days = matches.Where(m => m.Planned.Date >= weekStart && m.Planned.Date <= end && m.Status != SessionStatus.Upcoming).ToList();
        if (days.Count == 0) return null;
        var planned = days.Where(m => m.Planned.Type != SessionType.Rest).ToList();
        var missedKey = planned.Where(m => m.Status == SessionStatus.Missed && IsKey(m.Planned))
            .Select(m => PrescriptionFormat.Title(m.Planned, units)).ToList();
        return new WeekPlanCompliance(planned.Count, Count(planned, SessionStatus.Done), Count(planned, SessionStatus.Partial),
            Count(planned, SessionStatus.Missed), Count(planned, SessionStatus.Replaced), planned.Sum(m => m.Planned.DistanceM), missedKey);
    }

    public static bool IsKey(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Hard || session.Type == SessionType.Long;
    }

    private static int Count(IEnumerable<SessionMatch> matches, SessionStatus status) => matches.Count(m => m.Status == status);
}
