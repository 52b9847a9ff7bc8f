namespace HybridCoach.Domain.Load;

/// <summary>
/// One Monday-based week's running intensity distribution: time in each pace zone and each heart-rate zone
/// (zone 1 first; empty when no zones were given) and the easy / moderate / hard split of each.
/// </summary>
public sealed record WeekIntensity(
    DateOnly WeekStart,
    IReadOnlyList<ZoneTime> PaceZones,
    IReadOnlyList<ZoneTime> HeartRateZones)
{
    public IntensitySplit PaceSplit { get; } = IntensitySplit.From(PaceZones);

    public IntensitySplit HeartRateSplit { get; } = IntensitySplit.From(HeartRateZones);
}
