using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// A TCX Activity states its totals only per Lap, so the session's totals are the laps' sums (time,
/// distance, calories), time-weighted means (heart rate, cadence) and maxima. A sum is only stated
/// when every lap states its part; means and maxima use the laps that have them.
/// </summary>
public static class TcxSessionTotals
{
    public static RecordedSession Build(TcxActivity activity, DateTimeOffset start)
    {
        var sport = activity.IsCourse ? Sport.Other : SportExtensions.ParseSport(activity.Sport) ?? Sport.Other;
        var laps = activity.Laps;
        var timerS = SumIfAll(laps, l => l.TotalTimeS);
        var distanceM = SumIfAll(laps, l => l.DistanceM);
        // Elapsed: from the start to the last trackpoint, so that activities days apart in one file
        // (a multi-activity export) add their own spans rather than the days between them.
        var elapsedS = activity.Points.Count > 0 && activity.Points[^1].Time is { } end ? (end - start).TotalSeconds : (double?)null;
        return new RecordedSession(
            sport, null, start,
            timerS is { } t ? new Duration(t) : null,
            elapsedS is > 0 and var e ? new Duration(Math.Max(e, timerS ?? 0)) : null,
            distanceM is { } d ? new Distance(d) : null,
            TimeWeightedMean(laps, l => l.AverageHeartRateBpm) is { } hr ? new HeartRate(hr) : null,
            Max(laps, l => l.MaximumHeartRateBpm) is { } max ? new HeartRate(max) : null,
            null,
            Max(laps, l => l.MaximumSpeedMps) is { } speed ? new Speed(speed) : null,
            TimeWeightedMean(laps, l => LapCadence(l, sport.IsRun())),
            null, null,
            SumIfAll(laps, l => l.Calories));
    }

    /// <summary>The lap's cadence as stored: LX AvgRunCadence first, else the Cadence element; steps/min on runs.</summary>
    public static double LapCadence(TcxLap lap, bool isRun) =>
        double.IsFinite(lap.AverageRunCadence)
            ? GarminCadence.ToStoredCadence(lap.AverageRunCadence, isRun: true)
            : GarminCadence.ToStoredCadence(lap.Cadence, isRun);

    private static double? SumIfAll(List<TcxLap> laps, Func<TcxLap, double> value) =>
        laps.Count > 0 && laps.TrueForAll(l => double.IsFinite(value(l))) ? laps.Sum(value) : null;

    private static double? Max(List<TcxLap> laps, Func<TcxLap, double> value)
    {
        var stated = laps.Select(value).Where(double.IsFinite).ToList();
        return stated.Count > 0 ? stated.Max() : null;
    }

    private static double? TimeWeightedMean(List<TcxLap> laps, Func<TcxLap, double> value)
    {
        var stated = laps.Where(l => double.IsFinite(value(l)) && value(l) > 0).ToList();
        if (stated.Count == 0) return null;
        var weight = stated.Sum(l => double.IsFinite(l.TotalTimeS) ? l.TotalTimeS : 0);
        return weight > 0
            ? stated.Sum(l => value(l) * (double.IsFinite(l.TotalTimeS) ? l.TotalTimeS : 0)) / weight
            : stated.Average(value);
    }
}
