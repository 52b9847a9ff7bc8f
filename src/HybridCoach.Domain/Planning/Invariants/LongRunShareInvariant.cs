using HybridCoach.Domain.Units;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>long_run_share</c>: each long run is at most LongRunMaxShare of its microcycle's running distance (a cycle
/// longer than 7 days is scaled to 7, so a 9-day cycle cannot hide a long run behind two more days) and at most
/// LongRunMaxDurationS long. Bounding the long run as a share of the week follows Pfitzinger &amp; Douglas
/// (<i>Advanced Marathoning</i>: long run ≈ 20–30 % of weekly volume) and Daniels (long run ≤ 25–30 % of weekly
/// mileage and ≤ 150 min); the variant carries the figures. Running dropped from a day the athlete cannot train still
/// counts in its week (<see cref="PlannedSession.UnavailableRunningM"/>): the week was designed with it, and its long
/// run may already be run.
/// </summary>
public sealed class LongRunShareInvariant : IPlanInvariant
{
    public const double DurationToleranceS = 1;

    public string Id => "long_run_share";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var settings = plan.Settings;
        foreach (var cycle in plan.Microcycles)
        {
            var cycleM = (RunningDistanceM(cycle) + cycle.Days.Sum(d => Finite(d.UnavailableRunningM))) * (cycle.LengthDays > 7 ? 7.0 / cycle.LengthDays : 1);
            foreach (var run in cycle.Days.Where(d => d.Type == SessionType.Long))
            {
                var share = cycleM > 0 ? Finite(run.DistanceM) / cycleM : 0;
                if (share > settings.LongRunMaxShare + ShareTolerance)
                    yield return new PlanViolation(Id, cycle.Index, run.Date,
                        $"{Day(run.Date)} long run {Km(run.DistanceM)} is {Percent(share)} of microcycle {cycle.Index}'s "
                        + $"{Km(cycleM)}{(cycle.LengthDays > 7 ? " per 7 days" : "")}; at most {Percent(settings.LongRunMaxShare)}");
                if (run.DurationS > settings.LongRunMaxDurationS + DurationToleranceS)
                    yield return new PlanViolation(Id, cycle.Index, run.Date,
                        $"{Day(run.Date)} long run lasts {new Duration(run.DurationS)}; at most {new Duration(settings.LongRunMaxDurationS)} (microcycle {cycle.Index})");
            }
        }
    }
}
