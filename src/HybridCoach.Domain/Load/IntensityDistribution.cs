using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Weekly intensity distribution of running: time in each pace zone and each heart-rate zone, summed per
/// Monday-based (ISO 8601) week of the activity's local start day, with the easy / moderate / hard split of
/// <see cref="IntensityBands"/> (Seiler's three-zone model). Each sample interval counts its own duration
/// (<see cref="SampleIntervals"/>), so 1 s and variable sampling give the same minutes; pauses over
/// <c>maxGapS</c> are left out. An interval counts for pace when it moves (speed &gt; 0) and for heart rate when
/// it has one. Only runs count: the zones are run zones (Friel's run column, Skiba's run pace zones).
/// As of a date: activities after <c>asOf</c> are ignored, and the last week is the one holding it.
/// </summary>
public static class IntensityDistribution
{
    public const string Id = "intensity_distribution";

    /// <summary>The default pause: the same 30 s as decoupling and efficiency factor.</summary>
    public const double DefaultMaxGapS = 30;

    /// <summary>
    /// One entry per week from the week of <paramref name="from"/> (default: of the first run) through the week of
    /// <paramref name="asOf"/>, weeks without runs included with zero time. Null zones give empty zone lists.
    /// </summary>
    public static IReadOnlyList<WeekIntensity> Weekly(IReadOnlyList<Activity> activities,
        IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones, DateOnly asOf,
        DateOnly? from = null, double maxGapS = DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var runs = activities
            .Select(a => a ?? throw new ArgumentException("the activity list holds a null entry", nameof(activities)))
            .Where(a => a.Summary.Sport.IsRun() && DayOf(a) <= asOf)
            .ToList();
        var lastWeek = WeeklyVolumeCalculator.WeekStart(asOf);
        var firstDay = from ?? (runs.Count > 0 ? runs.Min(DayOf) : asOf);
        var firstWeek = WeeklyVolumeCalculator.WeekStart(firstDay);
        if (firstWeek > lastWeek) throw new ArgumentException($"from ({firstDay:yyyy-MM-dd}) is after the as-of date ({asOf:yyyy-MM-dd})", nameof(from));
        var weekCount = (lastWeek.DayNumber - firstWeek.DayNumber) / 7 + 1;
        var paceTimes = new double[weekCount, paceZones?.Count ?? 0];
        var heartTimes = new double[weekCount, heartRateZones?.Count ?? 0];
        foreach (var run in runs)
        {
            var week = (WeeklyVolumeCalculator.WeekStart(DayOf(run)).DayNumber - firstWeek.DayNumber) / 7;
            if (week < 0) continue;
            var intervals = SampleIntervals.From(run.Samples, maxGapS);
            if (paceZones is not null) AddPaceTimes(intervals, paceZones, paceTimes, week);
            if (heartRateZones is not null) AddHeartRateTimes(intervals, heartRateZones, heartTimes, week);
        }
        var weeks = new List<WeekIntensity>(weekCount);
        for (var w = 0; w < weekCount; w++)
        {
            weeks.Add(new WeekIntensity(firstWeek.AddDays(7 * w),
                PaceZoneTimes(paceZones, paceTimes, w), HeartRateZoneTimes(heartRateZones, heartTimes, w)));
        }
        return weeks;
    }

    /// <summary>Seconds per pace zone (zone 1 first) for one activity's samples.</summary>
    public static double[] PaceZoneSeconds(SampleSeries samples, IReadOnlyList<PaceZone> zones, double maxGapS = DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var times = new double[1, zones.Count];
        AddPaceTimes(SampleIntervals.From(samples, maxGapS), zones, times, 0);
        return Row(times, 0);
    }

    /// <summary>Seconds per heart-rate zone (zone 1 first) for one activity's samples.</summary>
    public static double[] HeartRateZoneSeconds(SampleSeries samples, IReadOnlyList<HeartRateZone> zones, double maxGapS = DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var times = new double[1, zones.Count];
        AddHeartRateTimes(SampleIntervals.From(samples, maxGapS), zones, times, 0);
        return Row(times, 0);
    }

    internal static DateOnly DayOf(Activity activity) => DateOnly.FromDateTime(activity.Summary.StartTime.DateTime);

    internal static int PaceZoneIndex(IReadOnlyList<PaceZone> zones, double speedMps)
    {
        if (!(speedMps > 0) || double.IsInfinity(speedMps)) return -1;
        var pace = new Pace(1000 / speedMps);
        for (var z = 0; z < zones.Count; z++) if (zones[z].Contains(pace)) return z;
        return -1;
    }

    private static void AddPaceTimes(SampleIntervals intervals, IReadOnlyList<PaceZone> zones, double[,] times, int week)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            var z = PaceZoneIndex(zones, intervals.SpeedsMps[i]);
            if (z >= 0) times[week, z] += intervals.DurationsS[i];
        }
    }

    private static void AddHeartRateTimes(SampleIntervals intervals, IReadOnlyList<HeartRateZone> zones, double[,] times, int week)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            var bpm = intervals.HeartRatesBpm[i];
            if (!(bpm > 0) || double.IsInfinity(bpm)) continue;
            var heartRate = new HeartRate(bpm);
            for (var z = 0; z < zones.Count; z++)
            {
                if (!zones[z].Contains(heartRate)) continue;
                times[week, z] += intervals.DurationsS[i];
                break;
            }
        }
    }

    private static List<ZoneTime> PaceZoneTimes(IReadOnlyList<PaceZone>? zones, double[,] times, int week) =>
        zones is null ? [] : [.. zones.Select((z, i) => new ZoneTime(z.Id, z.Name, IntensityBands.Of(z), times[week, i]))];

    private static List<ZoneTime> HeartRateZoneTimes(IReadOnlyList<HeartRateZone>? zones, double[,] times, int week) =>
        zones is null ? [] : [.. zones.Select((z, i) => new ZoneTime(z.Id, z.Name, IntensityBands.Of(z), times[week, i]))];

    private static double[] Row(double[,] times, int row) =>
        [.. Enumerable.Range(0, times.GetLength(1)).Select(c => times[row, c])];
}
