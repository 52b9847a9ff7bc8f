using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The plan in force beside what was done, microcycle by microcycle: every day of the active variant with the running distance logged on it
/// (activities known as of <c>today</c>) and its <see cref="Compliance"/>. Null without a plan.
/// </summary>
public sealed class PlanCalendar(IPlanStore plans, IActivityStore activities)
{
    public const double GreenWithin = 0.2;
    public const double YellowWithin = 0.5;

    public async Task<(PlanSet Set, IReadOnlyList<CalendarWeek> Weeks)?> BuildAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (await ReadLatestPlan.FindAsync(plans, cancellationToken) is not { } set) return null;
        var shown = set.Get(set.ActiveVariant);
        var start = shown.Plan.Start;
        var end = shown.Plan.End;
        var query = new ActivityQuery(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1),
            new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1), null, null);
        var done = (await activities.ListAsOfAsync(query, today, cancellationToken))
            .Where(a => a.Summary.Sport.IsRun())
            .GroupBy(a => ActivitiesAsOf.LocalDate(a.Summary))
            .ToDictionary(g => g.Key, g => (DistanceM: g.Sum(a => a.Summary.Distance.Meters), Count: g.Count()));
        return (set, [.. shown.Plan.Microcycles.Select(m => new CalendarWeek(m, [.. m.Days.Select(s => Day(s, done, today))]))]);
    }

    /// <summary>A plan day beside what was done on it; a day with nothing to do (rest) carries no session.</summary>
    private static CalendarDay Day(PlannedSession session, IReadOnlyDictionary<DateOnly, (double DistanceM, int Count)> done, DateOnly today)
    {
        var planned = session.DistanceM > 0 || session.DurationS > 0 ? session : null;
        var (doneM, count) = done.GetValueOrDefault(session.Date);
        return new CalendarDay(session.Date, planned, doneM, count, Of(session.DistanceM, doneM, session.Date, today));
    }

    /// <summary>The compliance of a day planned at <paramref name="plannedM"/> with <paramref name="doneM"/> done.</summary>
    public static Compliance Of(double plannedM, double doneM, DateOnly day, DateOnly today)
    {
        if (plannedM <= 0) return doneM > 0 ? Compliance.Unplanned : Compliance.None;
        if (doneM <= 0) return day >= today ? Compliance.Upcoming : Compliance.Missed;
        var off = Math.Abs(doneM - plannedM) / plannedM;
        return off <= GreenWithin ? Compliance.Completed : off <= YellowWithin ? Compliance.Close : Compliance.Off;
    }
}
