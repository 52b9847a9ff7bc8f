using System.Globalization;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Matches actual activities to planned sessions as of a date (product rules, see <see cref="ActivityMatching"/>):
/// first every same-kind activity on the session's own day; then, for sessions still unmatched, the closest-sized
/// same-kind activity one day before or after that nothing else took (a moved session); then something of another
/// kind done that day (a ride for a run: replaced). Planned hard sessions done as easy runs are replaced too.
/// Rest days take light cross-training (rested); anything more on a rest day replaces the rest. Sessions after the
/// as-of date are upcoming; activities after it are ignored; activities that match nothing are off-plan.
/// Per microcycle (those started by the as-of date) planned and actual running distance and time and all load are
/// summed over the days up to the as-of date, so a microcycle in progress compares like with like.
/// </summary>
public static class PlanMatcher
{
    public static PlanActuals Match(SeasonPlan plan, IReadOnlyList<ActivityFact> actual, DateOnly asOf, double thresholdSPerKm)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actual);
        if (!(thresholdSPerKm > 0) || double.IsInfinity(thresholdSPerKm))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"threshold_s_per_km {thresholdSPerKm}: expected a finite value > 0"));
        var activities = actual.Where(a => a.Date <= asOf).OrderBy(a => a.Date).ThenBy(a => a.Id).ToList();
        var taken = new Dictionary<DateOnly, List<ActivityFact>>();
        var used = new HashSet<long>();
        var due = plan.Sessions.Where(s => s.Date <= asOf && s.Type != SessionType.Rest).ToList();
        foreach (var session in due)
            Take(taken, used, session.Date, activities.Where(a => a.Date == session.Date && !used.Contains(a.Id) && ActivityMatching.SameKind(session, a)));
        foreach (var session in due.Where(s => !taken.ContainsKey(s.Date)))
        {
            var moved = activities.Where(a => Math.Abs(a.Date.DayNumber - session.Date.DayNumber) == 1 && !used.Contains(a.Id)
                    && ActivityMatching.SameKind(session, a) && !WantedOnItsOwnDay(plan, a))
                .OrderBy(a => ActivityMatching.SizeGap(session, a)).ThenBy(a => a.Date).FirstOrDefault();
            if (moved is not null) Take(taken, used, session.Date, [moved]);
        }
        foreach (var session in due.Where(s => !taken.ContainsKey(s.Date)))
            Take(taken, used, session.Date, activities.Where(a => a.Date == session.Date && !used.Contains(a.Id) && ActivityMatching.CanReplace(session, a)));
        foreach (var rest in plan.Sessions.Where(s => s.Date <= asOf && s.Type == SessionType.Rest))
            Take(taken, used, rest.Date, activities.Where(a => a.Date == rest.Date && !used.Contains(a.Id)));
        var matches = plan.Sessions.Select(s => SessionMatching.Of(s, asOf, taken.GetValueOrDefault(s.Date) ?? [])).ToList();
        var offPlan = activities.Where(a => !used.Contains(a.Id)).ToList();
        var cycles = plan.Microcycles.Where(c => c.Start <= asOf).Select(c => Totals(c, activities, asOf, thresholdSPerKm)).ToList();
        return new PlanActuals(asOf, matches, offPlan, cycles);
    }

    /// <summary>An activity on a day whose own session is of its kind belongs to that day, not to a neighbour.</summary>
    private static bool WantedOnItsOwnDay(SeasonPlan plan, ActivityFact activity) =>
        plan.Sessions.Any(s => s.Date == activity.Date && ActivityMatching.SameKind(s, activity));

    private static void Take(Dictionary<DateOnly, List<ActivityFact>> taken, HashSet<long> used, DateOnly day, IEnumerable<ActivityFact> found)
    {
        var list = found.ToList();
        if (list.Count == 0) return;
        if (!taken.TryGetValue(day, out var existing)) taken[day] = existing = [];
        existing.AddRange(list);
        foreach (var activity in list) used.Add(activity.Id);
    }

    private static CycleActuals Totals(Microcycle cycle, IReadOnlyList<ActivityFact> activities, DateOnly asOf, double thresholdSPerKm)
    {
        var days = cycle.Days.Where(d => d.Date <= asOf).ToList();
        var running = days.Where(d => d.Type.IsRunning()).ToList();
        var done = activities.Where(a => a.Date >= cycle.Start && a.Date <= cycle.End && a.Date <= asOf).ToList();
        var runs = done.Where(a => a.IsRun).ToList();
        return new CycleActuals(cycle.Index, cycle.Start, cycle.End,
            running.Sum(d => d.DistanceM), runs.Sum(a => a.DistanceM),
            running.Sum(d => d.DurationS), runs.Sum(a => a.DurationS),
            days.Sum(d => PlannedLoad.Of(d, thresholdSPerKm)), done.Sum(a => a.Load));
    }
}
