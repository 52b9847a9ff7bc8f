using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Summaries;

/// <summary>A planned day's <see cref="SessionBrief"/>: the session, where it sits in the season (microcycle phase and focus) and the goal race with days to go.</summary>
public static class SessionBriefs
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the date when the active plan has no such day.</summary>
    public static (PlannedSession Session, Microcycle Cycle, SessionBrief Brief) From(PlanSet set, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(set);
        var plan = set.Active.Plan;
        var cycle = plan.Microcycles.FirstOrDefault(m => m.Start <= date && date <= m.End);
        var session = cycle?.Days.FirstOrDefault(d => d.Date == date);
        if (cycle is null || session is null)
            throw new ArgumentException($"date {date:yyyy-MM-dd}: outside the plan (version {set.Version} runs from {plan.Start:yyyy-MM-dd} to {plan.End:yyyy-MM-dd})");
        var goal = set.Request.GoalRace;
        int? daysToGo = goal.Date >= date ? goal.Date.DayNumber - date.DayNumber : null;
        var brief = new SessionBrief(SessionLines.From(session, set.Request.Units), cycle.Phase.ToId(), cycle.Focus, cycle.Recovery,
            goal.Name, goal.Distance.Meters, daysToGo);
        return (session, cycle, brief);
    }
}
