using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Aerobic decoupling (<see cref="Decoupling"/>) and efficiency factor (<see cref="EfficiencyFactor"/>) of the
/// steady runs in a range of days (science.md §8; Friel, "Aerobic decoupling"; TrainingPeaks' Pa:HR and EF).
/// Both are meant for a steady run at aerobic endurance pace: a run counts when it has at least
/// <see cref="SteadyRunSettings.MinimumMovingTimeS"/> of moving time with heart rate and, when pace zones are
/// known, its mean moving pace lies in the easy band (<see cref="IntensityBands"/>: Skiba zones 1–2, below the
/// aerobic threshold), which leaves out interval and tempo sessions whose drift is not aerobic decoupling.
/// Without pace zones every long-enough run counts. Oldest first.
/// </summary>
public static class SteadyRuns
{
    public const string Id = "steady_runs";

    public static IReadOnlyList<SteadyRun> Find(IReadOnlyList<Activity> activities, DateOnly from, DateOnly to,
        IReadOnlyList<PaceZone>? paceZones = null, SteadyRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        settings ??= SteadyRunSettings.Default;
        var runs = new List<SteadyRun>();
        foreach (var activity in activities)
        {
            if (activity is null) throw new ArgumentException("the activity list holds a null entry", nameof(activities));
            var day = IntensityDistribution.DayOf(activity);
            if (!activity.Summary.Sport.IsRun() || day < from || day > to) continue;
            if (Measure(activity, settings) is not { } run) continue;
            if (paceZones is not null && !IsEasy(paceZones, run.MeanSpeedMPerMin / 60)) continue;
            runs.Add(run);
        }
        runs.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.ActivityId.CompareTo(b.ActivityId));
        return runs;
    }

    /// <summary>The run's figures; null without distance and heart-rate samples or with too little moving time.</summary>
    public static SteadyRun? Measure(Activity activity, SteadyRunSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        settings ??= SteadyRunSettings.Default;
        if (SpeedHeartRateSamples.Halves(activity.Samples, settings.MaxSampleGapS) is not { } halves) return null;
        var (first, second, whole) = halves;
        if (whole.TimeS < settings.MinimumMovingTimeS || !(first.DistanceM > 0) || !(second.TimeS > 0)) return null;
        var decoupling = Decoupling.Compute(first.SpeedMPerMin, first.HeartRateBpm, second.SpeedMPerMin, second.HeartRateBpm);
        var efficiency = EfficiencyFactor.Compute(whole.SpeedMPerMin, whole.HeartRateBpm);
        return new SteadyRun(activity.Id, IntensityDistribution.DayOf(activity), whole.TimeS, whole.SpeedMPerMin,
            whole.HeartRateBpm, first.Ratio, second.Ratio, decoupling, efficiency);
    }

    private static bool IsEasy(IReadOnlyList<PaceZone> zones, double speedMps) =>
        IntensityDistribution.PaceZoneIndex(zones, speedMps) is var z and >= 0 && IntensityBands.Of(zones[z]) == IntensityBand.Easy;
}
