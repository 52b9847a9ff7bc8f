namespace HybridCoach.Domain.Planning;

/// <summary>
/// The curves a coach compares between variants: per microcycle the planned running distance, and per day the
/// projected ACWR (rolling coupled) and chronic load, seeded with the athlete's history loads.
/// </summary>
public sealed record PlanProjection(
    IReadOnlyList<double> CycleDistanceM,
    IReadOnlyList<ProjectedDay> Days);

