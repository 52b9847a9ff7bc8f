using HybridCoach.Application.Narration;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// Which week `coach summary` reviews. Given: the week from that day (it must have begun by the as-of day; figures
/// stop at the as-of day). Default: the most recent complete 7 days before the as-of day, aligned to the plan —
/// the newest 7-day microcycle that ended in the 7 days before the as-of day, so the review matches the week the
/// plan prescribed; without one (no plan, a 10-day cycle, the plan not begun), simply the 7 days ending yesterday.
/// </summary>
public static class SummaryWeek
{
    public static DateOnly Default(DateOnly asOf, SeasonPlan? plan)
    {
        var yesterday = asOf.AddDays(-1);
        var cycle = plan?.Microcycles
            .Where(m => m.LengthDays == WeeklyReview.Days && m.End <= yesterday && m.End > yesterday.AddDays(-WeeklyReview.Days))
            .OrderBy(m => m.End).LastOrDefault();
        return cycle?.Start ?? yesterday.AddDays(1 - WeeklyReview.Days);
    }

    /// <summary>The week's first day; throws <see cref="ArgumentException"/> naming --week when the week has not begun by the as-of day.</summary>
    public static DateOnly Check(DateOnly weekStart, DateOnly asOf) => weekStart <= asOf ? weekStart
        : throw new Errors.InvalidInputException("week", $" '{weekStart:yyyy-MM-dd}': after the as-of day {asOf:yyyy-MM-dd}; a summary reviews a week that has begun");

    /// <summary>The last day with figures: the week's last day, or the as-of day for a week still running.</summary>
    public static DateOnly LastDay(DateOnly weekStart, DateOnly asOf)
    {
        var end = weekStart.AddDays(WeeklyReview.Days - 1);
        return end < asOf ? end : asOf;
    }
}
