namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>cycle_growth</c>: the running distance of a loading microcycle is at most (1 + MaxCycleGrowth) × the previous
/// loading microcycle's, per day when lengths differ; recovery microcycles and taper/race/recovery phases are
/// exempt, and so is a microcycle holding a B race (see <see cref="CycleGrowth"/>). The bound is the variant's: the "10 % rule" showed no protective effect
/// on its own (Buist et al. 2008, AJSM 36:33), but > 30 % over two weeks trended to more distance-related injuries
/// (Nielsen et al. 2014, JOSPT; science.md §12), so growth is bounded per variant and checked alongside the ACWR.
/// </summary>
public sealed class CycleGrowthInvariant : IPlanInvariant
{
    public string Id => "cycle_growth";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request) =>
        CycleGrowth.Above(plan, request, Id, plan.Settings.MaxCycleGrowth, $"the {plan.Variant.ToString().ToLowerInvariant()} limit");
}
