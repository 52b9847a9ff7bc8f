using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>race_on_date</c>: the plan covers the goal race date and has a race session on it, has a race session on
/// every other requested race date within the plan, and no race session on any other day. The athlete's
/// calendar is the truth; a plan that moves or drops a race is wrong.
/// </summary>
public sealed class RaceOnDateInvariant : IPlanInvariant
{
    public string Id => "race_on_date";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var goal = request.GoalRace;
        if (!Covers(plan, goal.Date))
            yield return new PlanViolation(Id, null, goal.Date,
                $"goal race '{goal.Name}' on {Day(goal.Date)} is outside the plan ({Day(plan.Start)} to {Day(plan.End)})");
        var races = PlanRaces.Within(plan, request);
        foreach (var race in races)
        {
            var session = SessionOn(plan, race.Date);
            if (session?.Type == SessionType.Race) continue;
            yield return new PlanViolation(Id, CycleOn(plan, race.Date)?.Index, race.Date,
                $"{race.Priority} race '{race.Name}' on {Day(race.Date)}: the plan has {session?.Type.ToId() ?? "no session"} that day, not a race");
        }
        var dates = races.Select(r => r.Date).ToHashSet();
        foreach (var cycle in plan.Microcycles)
            foreach (var session in cycle.Days.Where(d => d.Type == SessionType.Race && !dates.Contains(d.Date)))
                yield return new PlanViolation(Id, cycle.Index, session.Date,
                    $"{Day(session.Date)} (microcycle {cycle.Index}) is a race session, but no requested race is on that date");
    }
}
