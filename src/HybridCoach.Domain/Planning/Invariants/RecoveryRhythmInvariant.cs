using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>recovery_rhythm</c>: outside taper/race/recovery phases, at most RecoveryEvery (3 or 4) loading microcycles
/// in a row before a recovery microcycle. A taper, race or recovery-phase microcycle also ends the run, since it
/// unloads. The 3:1 / 4:1 rhythm is coaching convention, not trial evidence (science.md §12). Each over-long run
/// is reported once, at the first microcycle past the limit.
/// </summary>
public sealed class RecoveryRhythmInvariant : IPlanInvariant
{
    public string Id => "recovery_rhythm";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var limit = plan.Settings.RecoveryEvery;
        var run = 0;
        var runStart = 0;
        foreach (var cycle in plan.Microcycles)
        {
            if (cycle.Recovery || IsUnloadingPhase(cycle.Phase))
            {
                run = 0;
                continue;
            }
            if (++run == 1) runStart = cycle.Index;
            if (run == limit + 1)
                yield return new PlanViolation(Id, cycle.Index, cycle.Start,
                    $"microcycles {runStart}–{cycle.Index}: {run} loading microcycles in a row without a recovery microcycle; at most {limit} allowed");
        }
    }
}
