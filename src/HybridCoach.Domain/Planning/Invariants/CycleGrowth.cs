using HybridCoach.Domain.Racing;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// Microcycle-to-microcycle growth of running distance, shared by <c>cycle_growth</c> and <c>comeback_run_walk</c>:
/// each loading microcycle (not a recovery microcycle, not in a taper/race/recovery phase) against the previous
/// loading one, per day so cycles of different lengths compare fairly. A microcycle holding a B race is skipped on
/// both sides: its mini-taper dents the volume on purpose (<c>b_race_mini_taper</c>), so it neither has to grow nor
/// sets the base; the next microcycle is compared with the one before it and may grow once per cycle spanned
/// (<see cref="Step.Cycles"/>: (1 + g)^cycles). A microcycle an adaptation deliberately lowered
/// (<see cref="Microcycle.Reduced"/>: a niggle, fatigue, a travel week) is checked against the base but does not set
/// it, and counts as a cycle spanned (product rule: returning to the pre-dip level after a deliberate,
/// adaptation-driven dip is not growth; the ACWR ceiling still caps the load) — when it is the first loading microcycle,
/// the next one has no base to be checked against, as at a plan's start. A previous cycle with no running gives no
/// ratio (the ACWR ceiling guards a start from nothing).
/// </summary>
public static class CycleGrowth
{
    /// <summary>Growth per day from <paramref name="Previous"/> to <paramref name="Current"/>, over <paramref name="Cycles"/>
    /// growth steps (1, or more when B-race microcycles lie between).</summary>
    public sealed record Step(Microcycle Previous, Microcycle Current, double Growth, int Cycles);

    public static IEnumerable<Step> Steps(SeasonPlan plan, PlanRequest request)
    {
        var bRaceDates = request.OtherRaces.Where(r => r.Priority == RacePriority.B).Select(r => r.Date).ToHashSet();
        Microcycle? previous = null;
        var cycles = 1;
        foreach (var cycle in plan.Microcycles)
        {
            if (cycle.Days.Any(d => bRaceDates.Contains(d.Date)))
            {
                cycles++;
                continue;
            }
            if (cycle.Recovery || IsUnloadingPhase(cycle.Phase)) continue;
            if (previous is not null && RunningDistanceMPerDay(previous) > 0)
                yield return new Step(previous, cycle, RunningDistanceMPerDay(cycle) / RunningDistanceMPerDay(previous) - 1, cycles);
            if (cycle.Reduced)
            {
                // A reduced first loading microcycle sets no base either: the next one is checked from the one after it.
                if (previous is not null) cycles++;
                continue;
            }
            previous = cycle;
            cycles = 1;
        }
    }

    public static IEnumerable<PlanViolation> Above(SeasonPlan plan, PlanRequest request, string id, double maxGrowth, string limitName)
    {
        foreach (var step in Steps(plan, request))
        {
            var allowed = Math.Pow(1 + maxGrowth, step.Cycles) - 1;
            if (step.Growth <= allowed + ShareTolerance) continue;
            var (previous, current) = (step.Previous, step.Current);
            yield return new PlanViolation(id, current.Index, current.Start,
                $"microcycle {current.Index} ({PhaseId(current.Phase)}): {Km(RunningDistanceM(current))} in {current.LengthDays} days is "
                + $"{Percent(step.Growth)} more per day than microcycle {previous.Index}'s {Km(RunningDistanceM(previous))} in "
                + $"{previous.LengthDays} days; {limitName} is {Percent(maxGrowth)}"
                + (step.Cycles > 1 ? $" per microcycle, {Percent(allowed)} over {step.Cycles} (a B-race or reduced microcycle between)" : ""));
        }
    }
}
