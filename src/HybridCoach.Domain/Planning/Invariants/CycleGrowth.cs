using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// Microcycle-to-microcycle growth of running distance, shared by <c>cycle_growth</c> and <c>comeback_run_walk</c>:
/// each loading microcycle (not a recovery microcycle, not in a taper/race/recovery phase) against the previous
/// loading one, per day so cycles of different lengths compare fairly. A previous cycle with no running gives no
/// ratio (the ACWR ceiling guards a start from nothing).
/// </summary>
public static class CycleGrowth
{
    public sealed record Step(Microcycle Previous, Microcycle Current, double Growth);

    public static IEnumerable<Step> Steps(SeasonPlan plan)
    {
        Microcycle? previous = null;
        foreach (var cycle in plan.Microcycles)
        {
            if (cycle.Recovery || IsUnloadingPhase(cycle.Phase)) continue;
            if (previous is not null && RunningDistanceMPerDay(previous) > 0)
                yield return new Step(previous, cycle, RunningDistanceMPerDay(cycle) / RunningDistanceMPerDay(previous) - 1);
            previous = cycle;
        }
    }

    public static IEnumerable<PlanViolation> Above(SeasonPlan plan, string id, double maxGrowth, string limitName)
    {
        foreach (var step in Steps(plan))
        {
            if (step.Growth <= maxGrowth + ShareTolerance) continue;
            var (previous, current) = (step.Previous, step.Current);
            yield return new PlanViolation(id, current.Index, current.Start,
                $"microcycle {current.Index} ({PhaseId(current.Phase)}): {Km(RunningDistanceM(current))} in {current.LengthDays} days is "
                + $"{Percent(step.Growth)} more per day than microcycle {previous.Index}'s {Km(RunningDistanceM(previous))} in "
                + $"{previous.LengthDays} days; {limitName} is {Percent(maxGrowth)}");
        }
    }
}
