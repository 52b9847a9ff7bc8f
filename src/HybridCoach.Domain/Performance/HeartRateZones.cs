using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Friel's seven run heart-rate zones as % of lactate-threshold heart rate (LTHR): 1 &lt; 85 %, 2 85–89 %,
/// 3 90–94 %, 4 95–99 %, 5a 100–102 %, 5b 103–106 %, 5c &gt; 106 %.
/// Source: Friel, "Quick guide to setting zones" (trainingbible.com, 2009); science.md §11.3 (run column, not bike).
/// The book prints whole percentages, so "85–89 %" is read as [85 %, 90 %): the boundaries 85, 90, 95, 100, 103
/// and 106 % are each shared by two zones, which keeps the zones contiguous.
/// </summary>
public static class HeartRateZones
{
    public const string Id = "heart_rate_zones";

    /// <summary>Zone lower bounds as fractions of LTHR, zone 1 first.</summary>
    public static IReadOnlyList<double> LowerBoundFractions { get; } = [0.0, 0.85, 0.90, 0.95, 1.00, 1.03, 1.06];

    public static IReadOnlyList<string> ZoneIds { get; } = ["1", "2", "3", "4", "5a", "5b", "5c"];

    public static IReadOnlyList<string> Names { get; } =
        ["Recovery", "Aerobic", "Tempo", "SubThreshold", "SuperThreshold", "Aerobic capacity", "Anaerobic capacity"];

    /// <summary>Zone 1 (lowest) first.</summary>
    public static IReadOnlyList<HeartRateZone> FromLactateThreshold(HeartRate lactateThresholdHeartRate)
    {
        PerformanceGuard.PositiveNumber(lactateThresholdHeartRate.BeatsPerMinute, "lactateThresholdHeartRate", " bpm");
        var lthr = lactateThresholdHeartRate.BeatsPerMinute;
        var zones = new List<HeartRateZone>(LowerBoundFractions.Count);
        for (var i = 0; i < LowerBoundFractions.Count; i++)
        {
            var isTop = i == LowerBoundFractions.Count - 1;
            double? upperFraction = isTop ? null : LowerBoundFractions[i + 1];
            zones.Add(new HeartRateZone(ZoneIds[i], Names[i], LowerBoundFractions[i], upperFraction,
                i == 0 ? null : new HeartRate(lthr * LowerBoundFractions[i]),
                upperFraction is { } u ? new HeartRate(lthr * u) : null));
        }
        return zones;
    }

    /// <summary>The zone holding <paramref name="heartRate"/> (zones from <see cref="FromLactateThreshold"/>).</summary>
    public static HeartRateZone ZoneOf(IReadOnlyList<HeartRateZone> zones, HeartRate heartRate) =>
        zones.FirstOrDefault(z => z.Contains(heartRate))
        ?? throw new ArgumentException($"heartRate {heartRate} lies in none of the {zones.Count} zones", nameof(heartRate));
}
