using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach zones --json`: pace zones (s/km; null = open-ended) and LTHR zones (bpm), with where each anchor came
/// from (<see cref="ZoneAnchorSources"/>) and, when the pace was estimated from the history, the estimate and its evidence.
/// </summary>
public sealed record ZonesJson(
    string AsOf,
    double? ThresholdPaceSPerKm,
    string? ThresholdPaceSource,
    double? LthrBpm,
    string? LthrSource,
    ThresholdEstimateJson? ThresholdPaceEstimate,
    IReadOnlyList<PaceZoneJson> PaceZones,
    IReadOnlyList<HeartRateZoneJson> HrZones)
{
    /// <summary>The profile's threshold pace beside the history's estimate when they disagree; null otherwise.</summary>
    public ThresholdWarningJson? ThresholdWarning { get; init; }

    public static ZonesJson From(DateOnly asOf, ZoneAnchors anchors, IReadOnlyList<PaceZone> pace, IReadOnlyList<HeartRateZone> heartRate) => new(
        asOf.ToString("yyyy-MM-dd"),
        anchors.ThresholdPace?.SecondsPerKilometer,
        anchors.ThresholdPace is null ? null : anchors.ThresholdPaceSource,
        anchors.Lthr?.BeatsPerMinute,
        anchors.Lthr is null ? null : anchors.LthrSource,
        anchors.Estimate is { } estimate ? ThresholdEstimateJson.From(estimate) : null,
        pace.Select(z => new PaceZoneJson(z.Id, z.Name, Round(z.SlowestPace?.SecondsPerKilometer), Round(z.FastestPace?.SecondsPerKilometer))).ToArray(),
        heartRate.Select(z => new HeartRateZoneJson(z.Id, z.Name, Round(z.Lower?.BeatsPerMinute), Round(z.Upper?.BeatsPerMinute))).ToArray());

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
