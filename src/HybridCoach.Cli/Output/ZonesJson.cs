using HybridCoach.Domain.Performance;

namespace HybridCoach.Cli.Output;

/// <summary>`coach zones --json`: pace zones (s/km; null = open-ended) and LTHR zones (bpm).</summary>
public sealed record ZonesJson(double? ThresholdPaceSPerKm, double? LthrBpm, IReadOnlyList<PaceZoneJson> PaceZones, IReadOnlyList<HeartRateZoneJson> HrZones)
{
    public static ZonesJson From(double? thresholdPaceSPerKm, double? lthrBpm, IReadOnlyList<PaceZone> pace, IReadOnlyList<HeartRateZone> heartRate) => new(
        thresholdPaceSPerKm,
        lthrBpm,
        pace.Select(z => new PaceZoneJson(z.Id, z.Name, Round(z.SlowestPace?.SecondsPerKilometer), Round(z.FastestPace?.SecondsPerKilometer))).ToArray(),
        heartRate.Select(z => new HeartRateZoneJson(z.Id, z.Name, Round(z.Lower?.BeatsPerMinute), Round(z.Upper?.BeatsPerMinute))).ToArray());

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
