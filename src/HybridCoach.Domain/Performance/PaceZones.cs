using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Six run pace zones anchored to threshold pace: Skiba's scheme, as % of critical velocity (speed), in
/// GoldenCheetah's defaults (GoldenCheetah <c>src/Metrics/PaceZones.cpp</c>; science.md §11.1): lower bounds 0,
/// 80, 87, 95, 105 and 119 % of threshold speed. Chosen over Friel's pace zones (§11.2) because those have seven
/// zones (5a–5c). Each boundary is computed once and shared by the two zones it separates, so the zones are
/// contiguous by construction. Example (§11.1): threshold 4:30/km → 5:37.5, 5:10.3, 4:44.2, 4:17.1, 3:46.9 /km.
/// </summary>
public static class PaceZones
{
    public const string Id = "pace_zones";

    /// <summary>Zone lower bounds as fractions of threshold speed, zone 1 first (GoldenCheetah defaults).</summary>
    public static IReadOnlyList<double> LowerBoundFractions { get; } = [0.0, 0.80, 0.87, 0.95, 1.05, 1.19];

    public static IReadOnlyList<string> Names { get; } =
        ["Active Recovery", "Endurance", "Tempo", "Threshold", "VO2max", "Anaerobic"];

    /// <summary>Zone 1 (slowest) first.</summary>
    public static IReadOnlyList<PaceZone> FromThreshold(Pace thresholdPace)
    {
        PerformanceGuard.PositivePace(thresholdPace, nameof(thresholdPace));
        // A 0 % bound has no pace: zone 1 is open at the slow end.
        var bounds = LowerBoundFractions
            .Select(f => f > 0 ? new Pace(thresholdPace.SecondsPerKilometer / f) : (Pace?)null)
            .ToList();
        var zones = new List<PaceZone>(bounds.Count);
        for (var i = 0; i < bounds.Count; i++)
        {
            var isTop = i == bounds.Count - 1;
            zones.Add(new PaceZone(i + 1, $"z{i + 1}", Names[i], LowerBoundFractions[i],
                isTop ? null : LowerBoundFractions[i + 1], bounds[i], isTop ? null : bounds[i + 1]));
        }
        return zones;
    }

    /// <summary>The zone holding <paramref name="pace"/> (zones from <see cref="FromThreshold"/>).</summary>
    public static PaceZone ZoneOf(IReadOnlyList<PaceZone> zones, Pace pace) =>
        zones.FirstOrDefault(z => z.Contains(pace))
        ?? throw new ArgumentException($"pace {pace} lies in none of the {zones.Count} zones", nameof(pace));
}
