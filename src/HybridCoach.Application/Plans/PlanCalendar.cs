using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;

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
        var planned = shown.Plan.Sessions.Where(s => s.DistanceM > 0 || s.DurationS > 0).ToDictionary(s => s.Date);
        var days = new List<CalendarDay>();
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            var session = planned.GetValueOrDefault(day);
            var (doneM, count) = done.GetValueOrDefault(day);
            days.Add(new CalendarDay(day, session, doneM, count, Of(session?.DistanceM ?? 0, doneM, day, today)));
        }
        return (set, [.. shown.Plan.Microcycles.Select(m => new CalendarWeek(m, [.. days.Where(d => d.Date >= m.Start && d.Date <= m.End)]))]);
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
