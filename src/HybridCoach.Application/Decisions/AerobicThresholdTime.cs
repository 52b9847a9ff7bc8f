using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// Seconds a run spent above the aerobic threshold: its time in the zones of Seiler's moderate and hard bands
/// (<see cref="IntensityBands"/>), by pace and by heart rate, whichever is larger (pace misses hills and heat,
/// heart rate lags short intervals, so either one counting is enough). Null without zones or for non-runs
/// (the zones are run zones).
/// </summary>
public static class AerobicThresholdTime
{
    public static double? SecondsAbove(Activity activity, IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.Summary.Sport.IsRun() || paceZones is null && heartRateZones is null) return null;
        double byPace = 0, byHeartRate = 0;
        if (paceZones is not null)
        {
            var seconds = IntensityDistribution.PaceZoneSeconds(activity.Samples, paceZones);
            for (var z = 0; z < paceZones.Count; z++) if (IntensityBands.Of(paceZones[z]) != IntensityBand.Easy) byPace += seconds[z];
        }
        if (heartRateZones is not null)
        {
            var seconds = IntensityDistribution.HeartRateZoneSeconds(activity.Samples, heartRateZones);
            for (var z = 0; z < heartRateZones.Count; z++) if (IntensityBands.Of(heartRateZones[z]) != IntensityBand.Easy) byHeartRate += seconds[z];
        }
        return Math.Max(byPace, byHeartRate);
    }
}
