using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// A run's time in Seiler's three bands (<see cref="IntensityBands"/>) by pace and by heart rate, from the same zone
/// seconds `coach metrics` adds up (<see cref="IntensityDistribution"/>). <see cref="SecondsAtOrAboveThreshold"/> —
/// the measure of <see cref="HardSessionRule"/> — is the larger hard-band time of the two (pace misses hills and heat,
/// heart rate lags short intervals, so either one counting is enough); time between the thresholds (a steady run)
/// does not count. Null without zones or for non-runs (the zones are run zones).
/// </summary>
public sealed record ActivityIntensity(IntensitySplit? Pace, IntensitySplit? HeartRate)
{
    public double SecondsAtOrAboveThreshold => Math.Max(Pace?.HardS ?? 0, HeartRate?.HardS ?? 0);

    public static ActivityIntensity? Of(Activity activity, IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.Summary.Sport.IsRun() || paceZones is null && heartRateZones is null) return null;
        var pace = paceZones is null ? null : IntensitySplit.From([.. paceZones.Zip(IntensityDistribution.PaceZoneSeconds(activity.Samples, paceZones),
            (z, seconds) => new ZoneTime(z.Id, z.Name, IntensityBands.Of(z), seconds))]);
        var heartRate = heartRateZones is null ? null : IntensitySplit.From([.. heartRateZones.Zip(
            IntensityDistribution.HeartRateZoneSeconds(activity.Samples, heartRateZones), (z, seconds) => new ZoneTime(z.Id, z.Name, IntensityBands.Of(z), seconds))]);
        return new ActivityIntensity(pace, heartRate);
    }
}
