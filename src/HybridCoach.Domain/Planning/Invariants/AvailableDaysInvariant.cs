using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>available_days</c>: running, strength and cross-training sessions fall only on the athlete's available days
/// (when they gave any) and never on a day kept clear (rest there). The requested race dates are exempt — the
/// goal race and the B/C races the athlete entered are fixed by the race, not by the plan.
/// </summary>
public sealed class AvailableDaysInvariant : IPlanInvariant
{
    public string Id => "available_days";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var raceDates = new[] { request.GoalRace }.Concat(request.OtherRaces).Select(r => r.Date).ToHashSet();
        var available = request.AvailableDays.ToHashSet();
        var clear = request.ClearDays.ToHashSet();
        foreach (var cycle in plan.Microcycles)
            foreach (var session in cycle.Days.Where(d => d.Type != SessionType.Rest && !raceDates.Contains(d.Date)))
            {
                var day = session.Date.DayOfWeek;
                if (clear.Contains(day))
                    yield return new PlanViolation(Id, cycle.Index, session.Date,
                        $"{Day(session.Date)} ({day}, microcycle {cycle.Index}): {session.Type.ToId()} on a day kept clear; expected rest");
                else if (available.Count > 0 && !available.Contains(day))
                    yield return new PlanViolation(Id, cycle.Index, session.Date,
                        $"{Day(session.Date)} ({day}, microcycle {cycle.Index}): {session.Type.ToId()} on a day that is not available "
                        + $"(available: {string.Join(", ", request.AvailableDays.Distinct().OrderBy(d => ((int)d + 6) % 7))})");
            }
    }
}
