using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Summaries;

/// <summary>The 7 days of the plan from a day: the microcycle they begin in (phase, focus, recovery), the planned running distance and every non-rest session.</summary>
public static class WeekAheadFigures
{
    /// <summary>Null when the plan has no day in those 7 days.</summary>
    public static WeekAhead? From(SeasonPlan plan, DistanceUnit units, DateOnly start, RaceEntry? nextRace)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var end = start.AddDays(WeeklyReview.Days - 1);
        var days = plan.Sessions.Where(s => s.Date >= start && s.Date <= end).OrderBy(s => s.Date).ToList();
        if (days.Count == 0) return null;
        var cycle = plan.Microcycles.First(m => m.End >= days[0].Date);
        var sessions = days.Where(s => s.Type != SessionType.Rest).Select(s => SessionLines.From(s, units)).ToList();
        return new WeekAhead(start, cycle.Phase.ToId(), cycle.Focus, cycle.Recovery, days.Sum(s => s.DistanceM), sessions,
            nextRace?.Name, nextRace?.Date, nextRace?.Distance.Meters);
    }

    /// <summary>The first calendar race on or after <paramref name="start"/>; without one, the plan's goal race when it is still ahead.</summary>
    public static RaceEntry? NextRace(IEnumerable<RaceEntry> calendar, RaceEntry? goalRace, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Where(r => r.Date >= start).OrderBy(r => r.Date).FirstOrDefault()
            ?? (goalRace is { } goal && goal.Date >= start ? goal : null);
    }
}
