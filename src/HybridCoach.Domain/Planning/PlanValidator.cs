using HybridCoach.Domain.Planning.Invariants;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Proves a season plan — generated, adapted or hand-edited — against the named safety invariants and lists every
/// violation by invariant id and place (microcycle index and/or date) with its figures; an empty list means the
/// plan holds. Invariants run in <see cref="InvariantIds"/> order; each reports in date order.
/// </summary>
public static class PlanValidator
{
    /// <summary>The default invariants, one per file in <c>Planning/Invariants</c>.</summary>
    public static IReadOnlyList<IPlanInvariant> Invariants { get; } =
    [
        new AcwrCeilingInvariant(),
        new CycleGrowthInvariant(),
        new RecoveryRhythmInvariant(),
        new RecoveryReductionInvariant(),
        new EasyShareInvariant(),
        new HardDaysApartInvariant(),
        new LongRunLimitInvariant(),
        new TaperReductionInvariant(),
        new RaceEveInvariant(),
        new RaceOnDateInvariant(),
        new AvailableDaysInvariant(),
        new BRaceMiniTaperInvariant(),
        new ComebackRunWalkInvariant(),
        new PacesFromZonesInvariant(),
        new SessionSumsInvariant(),
    ];

    /// <summary>Stable ids of the default invariants, in the order they run (for docs, JSON and tests).</summary>
    public static IReadOnlyList<string> InvariantIds { get; } = Invariants.Select(i => i.Id).ToList();

    public static IReadOnlyList<PlanViolation> Validate(SeasonPlan plan, PlanRequest request) => Validate(plan, request, Invariants);

    /// <summary>Runs <paramref name="invariants"/> (e.g. the defaults with another easy-share minimum).</summary>
    public static IReadOnlyList<PlanViolation> Validate(SeasonPlan plan, PlanRequest request, IEnumerable<IPlanInvariant> invariants)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(invariants);
        if (plan.Microcycles.Count == 0) throw new ArgumentException("plan: has no microcycles to validate", nameof(plan));
        return invariants.SelectMany(invariant => invariant.Check(plan, request)).ToList();
    }
}
