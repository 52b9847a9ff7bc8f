using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Domain.Load;

/// <summary>
/// The trend of heart rate at easy pace (science.md §8: at the same effort, a falling HR — a rising efficiency
/// factor — means improving aerobic fitness; Friel). An easy run is a run whose moving mean pace lies in an easy
/// pace zone (<see cref="IntensityBands"/>: Skiba zones 1–2, below 87 % of threshold speed). Its point is the
/// time-weighted mean HR of its samples at easy pace, optionally normalised to a reference speed. The trend is an
/// ordinary least-squares line of HR against day over the window ending on the as-of day; its slope is given in
/// bpm per 28 days. Null with fewer than <see cref="EasyPaceTrendSettings.MinimumRuns"/> runs or all on one day.
/// </summary>
public static class EasyPaceHeartRateTrend
{
    public const string Id = "easy_pace_hr_trend";

    public static HeartRateTrend? Compute(IReadOnlyList<Activity> activities, IReadOnlyList<PaceZone> paceZones,
        DateOnly asOf, EasyPaceTrendSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(paceZones);
        settings ??= EasyPaceTrendSettings.Default;
        Validate(settings);
        var windowStart = asOf.AddDays(1 - settings.WindowDays);
        var runs = new List<EasyRunHeartRate>();
        foreach (var activity in activities)
        {
            if (activity is null) throw new ArgumentException("the activity list holds a null entry", nameof(activities));
            var day = IntensityDistribution.DayOf(activity);
            if (!activity.Summary.Sport.IsRun() || day < windowStart || day > asOf) continue;
            if (EasyRun(activity, paceZones, settings) is { } run) runs.Add(run);
        }
        if (runs.Count < settings.MinimumRuns) return null;
        runs.Sort((a, b) => a.Day.CompareTo(b.Day));
        var xs = runs.Select(r => (double)(r.Day.DayNumber - asOf.DayNumber)).ToArray();
        var ys = runs.Select(r => r.TrendHeartRateBpm).ToArray();
        if (LeastSquaresLine.Fit(xs, ys) is not { } line) return null;
        return new HeartRateTrend(windowStart, asOf, line.Slope * EasyPaceTrendSettings.SlopePerDays, line.Intercept, runs);
    }

    /// <summary>The run's point, or null when it is not easy or has too little easy-pace time with heart rate.</summary>
    public static EasyRunHeartRate? EasyRun(Activity activity, IReadOnlyList<PaceZone> paceZones, EasyPaceTrendSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(paceZones);
        settings ??= EasyPaceTrendSettings.Default;
        var intervals = SampleIntervals.From(activity.Samples, settings.MaxSampleGapS);
        double movingS = 0, movingM = 0, easyS = 0, easyM = 0, easyBeats = 0;
        for (var i = 0; i < intervals.Count; i++)
        {
            var (dtS, speed, heartRate) = (intervals.DurationsS[i], intervals.SpeedsMps[i], intervals.HeartRatesBpm[i]);
            if (!(speed > 0) || double.IsInfinity(speed)) continue;
            movingS += dtS;
            movingM += speed * dtS;
            if (!(heartRate > 0) || double.IsInfinity(heartRate) || !IsEasy(paceZones, speed)) continue;
            easyS += dtS;
            easyM += speed * dtS;
            easyBeats += heartRate * dtS;
        }
        if (!(movingS > 0) || easyS < settings.MinimumEasyTimeS || !IsEasy(paceZones, movingM / movingS)) return null;
        var easySpeed = easyM / easyS;
        var easyHeartRate = easyBeats / easyS;
        var trendHeartRate = settings.ReferenceSpeedMps is { } reference ? easyHeartRate * reference / easySpeed : easyHeartRate;
        return new EasyRunHeartRate(IntensityDistribution.DayOf(activity), movingM / movingS, easyS, easySpeed, easyHeartRate, trendHeartRate);
    }

    private static bool IsEasy(IReadOnlyList<PaceZone> zones, double speedMps) =>
        IntensityDistribution.PaceZoneIndex(zones, speedMps) is var z and >= 0 && IntensityBands.Of(zones[z]) == IntensityBand.Easy;

    private static void Validate(EasyPaceTrendSettings settings)
    {
        if (settings.WindowDays < 2) throw new ArgumentException($"WindowDays must be 2 or more (was {settings.WindowDays})", nameof(settings));
        if (settings.MinimumRuns < 2) throw new ArgumentException($"MinimumRuns must be 2 or more for a slope (was {settings.MinimumRuns})", nameof(settings));
        if (settings.ReferenceSpeedMps is { } r && !(r > 0 && double.IsFinite(r)))
            throw new ArgumentException($"ReferenceSpeedMps must be a finite speed above 0 m/s (was {r})", nameof(settings));
    }
}
