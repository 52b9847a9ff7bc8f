using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>paces_from_zones</c>: every step with a pace band names its zone, and a band naming a pace zone
/// (<c>z1</c>–<c>z6</c>, <see cref="PaceZones"/> from the request's threshold pace) lies inside that zone, within
/// <see cref="ToleranceSPerKm"/>. Other zone ids (Daniels' paces, percentages of goal race pace) have other anchors
/// and are not checked here. An unusable threshold pace is reported once.
/// </summary>
public sealed class PacesFromZonesInvariant : IPlanInvariant
{
    /// <summary>Paces are shown to the second: one second per km absorbs rounding of either bound.</summary>
    public const double ToleranceSPerKm = 1.0;

    public string Id => "paces_from_zones";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var threshold = request.Fitness.ThresholdPace;
        if (threshold.SecondsPerKilometer is not (> 0 and < double.PositiveInfinity))
        {
            yield return new PlanViolation(Id, null, null, $"threshold pace {threshold.SecondsPerKilometer} s/km: cannot build pace zones to check the steps");
            yield break;
        }
        var zones = PaceZones.FromThreshold(threshold);
        foreach (var cycle in plan.Microcycles)
            foreach (var session in cycle.Days)
                foreach (var (step, _) in StepMeasures.Leaves(session.Steps))
                    if (Violation(zones, threshold, step) is { } message)
                        yield return new PlanViolation(Id, cycle.Index, session.Date,
                            $"{Day(session.Date)} {session.Type.ToId()} step '{step.Description}' (microcycle {cycle.Index}): {message}");
    }

    private static string? Violation(IReadOnlyList<PaceZone> zones, Pace threshold, SessionStep step)
    {
        if (step.Pace is not { } range) return null;
        if (string.IsNullOrWhiteSpace(step.ZoneId)) return $"pace {range.ToString(DistanceUnit.Kilometers)} names no zone";
        var zone = zones.FirstOrDefault(z => string.Equals(z.Id, step.ZoneId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (zone is null) return null;
        var tooFast = zone.FastestPace is { } fastest && range.Fast.SecondsPerKilometer < fastest.SecondsPerKilometer - ToleranceSPerKm;
        var tooSlow = zone.SlowestPace is { } slowest && range.Slow.SecondsPerKilometer > slowest.SecondsPerKilometer + ToleranceSPerKm;
        return tooFast || tooSlow
            ? $"pace {range.ToString(DistanceUnit.Kilometers)} is outside {zone} (threshold {threshold})"
            : null;
    }
}
