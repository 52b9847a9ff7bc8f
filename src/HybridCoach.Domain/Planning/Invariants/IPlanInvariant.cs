namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// One named safety invariant of a season plan. Failure policy: <see cref="Check"/> is pure and total — it never
/// throws for any plan (generated, adapted or hand-edited), whatever its figures; it reports each violation with
/// its place (microcycle index and/or date) and the figures that break it, in date order, and nothing when the
/// plan holds. What it cannot judge (a missing figure) it skips rather than guesses.
/// </summary>
public interface IPlanInvariant
{
    /// <summary>Stable snake_case id, used in JSON, docs and tests (listed in <see cref="PlanValidator.InvariantIds"/>).</summary>
    string Id { get; }

    IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request);
}
