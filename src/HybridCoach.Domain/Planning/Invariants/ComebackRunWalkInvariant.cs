using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>comeback_run_walk</c>: for a runner coming back from injury, the first microcycle's running is run-walk or
/// easy/recovery running, the first <see cref="NoHardCycles"/> microcycles hold no hard session, and loading
/// microcycles grow by at most half the variant's MaxCycleGrowth. Return-to-running programmes begin with
/// walk-run intervals and progress in small steps while symptom-free; there is no trial figure for the step size
/// in the reference (science.md §12), so "half the normal growth" is a product rule. Other runner types: nothing
/// to check.
/// </summary>
public sealed class ComebackRunWalkInvariant : IPlanInvariant
{
    public const int NoHardCycles = 2;

    private static readonly SessionType[] FirstCycleRunning = [SessionType.RunWalk, SessionType.Easy, SessionType.Recovery];

    public string Id => "comeback_run_walk";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        if (request.RunnerType != RunnerType.Comeback || plan.Microcycles.Count == 0) yield break;
        var first = plan.Microcycles[0];
        foreach (var session in first.Days.Where(d => d.Type.IsRunning() && !FirstCycleRunning.Contains(d.Type) && !d.Hard))
            yield return new PlanViolation(Id, first.Index, session.Date,
                $"{Day(session.Date)} (microcycle {first.Index}): {session.Type.ToId()}; a comeback starts with run_walk or easy running only");
        foreach (var cycle in plan.Microcycles.Take(NoHardCycles))
            foreach (var session in cycle.Days.Where(d => d.Hard))
                yield return new PlanViolation(Id, cycle.Index, session.Date,
                    $"{Day(session.Date)} (microcycle {cycle.Index}): {session.Type.ToId()} is hard; a comeback has no hard session in its first {NoHardCycles} microcycles");
        foreach (var violation in CycleGrowth.Above(plan, request, Id, plan.Settings.MaxCycleGrowth / 2, "the comeback limit (half the variant's)"))
            yield return violation;
    }
}
