using HybridCoach.Domain.Racing;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>recovery_reduction</c>: a recovery microcycle runs 20–30 % less distance than the microcycle before it (per
/// day, if lengths differ) and holds no hard session. The reduction band is a product rule: the 3:1 recovery week
/// is coaching convention (science.md §12), and 20–30 % keeps it a lighter week rather than a taper (Bosquet et al.
/// 2007 found 41–60 % for a taper). The reduction is checked in base/build/sharpen only: after a race or in a
/// taper the cycle before is not a normal loading cycle. After a microcycle an adaptation lowered (days off, a
/// niggle: <see cref="Microcycle.Reduced"/>) the band is not checked: that lower week already unloaded, and the
/// recovery microcycle keeps its planned size or less (its hard sessions are still checked); nor after a microcycle
/// with a B race, which runs less on purpose (its mini-taper). A recovery microcycle an adaptation lowered on purpose
/// (<see cref="Microcycle.Reduced"/>: days the athlete cannot train, a niggle) may run less than the band: less
/// running is never the unsafe side, and the athlete's calendar is not the planner's to overrule. A race in a recovery microcycle is not counted as a hard
/// session here: its date is the athlete's, and the race invariants check its surroundings.
/// </summary>
public sealed class RecoveryReductionInvariant : IPlanInvariant
{
    public const double MinReduction = 0.20;
    public const double MaxReduction = 0.30;

    public string Id => "recovery_reduction";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        for (var i = 0; i < plan.Microcycles.Count; i++)
        {
            var cycle = plan.Microcycles[i];
            if (!cycle.Recovery) continue;
            if (i > 0 && !IsUnloadingPhase(cycle.Phase) && !plan.Microcycles[i - 1].Reduced && !HoldsBRace(plan.Microcycles[i - 1], request)
                && Reduction(plan.Microcycles[i - 1], cycle) is { } violation)
                yield return violation;
            foreach (var session in cycle.Days.Where(d => d.Hard && d.Type != SessionType.Race))
                yield return new PlanViolation(Id, cycle.Index, session.Date,
                    $"recovery microcycle {cycle.Index}: {session.Type.ToId()} on {Day(session.Date)} is a hard session; a recovery microcycle has none");
        }
    }

    /// <summary>A microcycle with a B race runs less on purpose (its mini-taper): not a loading microcycle to unload from.</summary>
    private static bool HoldsBRace(Microcycle cycle, PlanRequest request) =>
        request.OtherRaces.Any(r => r.Priority == RacePriority.B && r.Date != request.GoalRace.Date && r.Date >= cycle.Start && r.Date <= cycle.End);

    private PlanViolation? Reduction(Microcycle previous, Microcycle cycle)
    {
        var before = RunningDistanceMPerDay(previous);
        if (before <= 0) return null;
        var reduction = 1 - RunningDistanceMPerDay(cycle) / before;
        var maxReduction = cycle.Reduced ? 1 : MaxReduction;
        if (reduction >= MinReduction - ShareTolerance && reduction <= maxReduction + ShareTolerance) return null;
        return new PlanViolation(Id, cycle.Index, cycle.Start,
            $"recovery microcycle {cycle.Index}: {Km(RunningDistanceM(cycle))} in {cycle.LengthDays} days is {Percent(reduction)} less per day "
            + $"than microcycle {previous.Index}'s {Km(RunningDistanceM(previous))} in {previous.LengthDays} days; expected "
            + $"{MinReduction * 100:0}–{MaxReduction * 100:0} % less");
    }
}
