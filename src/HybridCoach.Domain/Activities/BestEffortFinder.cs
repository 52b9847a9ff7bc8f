using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// The fastest stretch of a given distance inside an activity. Time is treated as a piecewise-linear
/// function of distance between samples; the time of a window of fixed length is then piecewise linear
/// in its start, so its minimum lies where the window's start or end falls on a sample. Two sliding
/// two-pointer passes (end on a sample, start on a sample) therefore find the exact minimum in O(n).
/// </summary>
public static class BestEffortFinder
{
    /// <summary>The standard distances, with their stable ids. Half marathon and marathon per World Athletics.</summary>
    public static IReadOnlyList<(string Id, double DistanceM)> StandardDistances { get; } =
    [
        ("400m", 400),
        ("1k", 1000),
        ("1mi", Distance.MetersPerMile),
        ("5k", 5000),
        ("10k", 10000),
        ("half_marathon", 21097.5),
        ("marathon", 42195),
    ];

    /// <summary>Best efforts for every standard distance the activity covers.</summary>
    public static IReadOnlyList<BestEffort> FindAll(SampleTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var efforts = new List<BestEffort>();
        if (timeline.DistancesM is null) return efforts;
        foreach (var (id, distanceM) in StandardDistances)
        {
            if (Find(timeline.TimesS, timeline.DistancesM, distanceM) is not { } best) continue;
            efforts.Add(new BestEffort(id, new Distance(distanceM), new Duration(best.TimeS), new Duration(best.StartS)));
        }
        return efforts;
    }

    /// <summary>
    /// The shortest time to cover <paramref name="targetM"/> and when (seconds since the first sample) it
    /// started; null when the series is shorter than the target.
    /// </summary>
    public static (double TimeS, double StartS)? Find(ReadOnlySpan<double> timesS, ReadOnlySpan<double> distancesM, double targetM)
    {
        if (targetM <= 0 || distancesM.Length < 2 || distancesM[^1] - distancesM[0] < targetM) return null;
        var best = EndOnSample(timesS, distancesM, targetM);
        var other = StartOnSample(timesS, distancesM, targetM);
        return other.TimeS < best.TimeS ? other : best;
    }

    // Window ends at sample j; it starts where distance = d[j] - target, after the last sample at or before it.
    private static (double TimeS, double StartS) EndOnSample(ReadOnlySpan<double> t, ReadOnlySpan<double> d, double targetM)
    {
        (double TimeS, double StartS) best = (double.PositiveInfinity, 0);
        var i = 0;
        for (var j = 1; j < d.Length; j++)
        {
            var startM = d[j] - targetM;
            if (startM < d[0]) continue;
            while (i + 1 < j && d[i + 1] <= startM) i++;
            var startS = d[i + 1] > d[i]
                ? t[i] + (startM - d[i]) / (d[i + 1] - d[i]) * (t[i + 1] - t[i])
                : t[i];
            if (t[j] - startS < best.TimeS) best = (t[j] - startS, startS);
        }
        return best;
    }

    // Window starts at sample i; it ends where distance = d[i] + target, at the first sample reaching it.
    private static (double TimeS, double StartS) StartOnSample(ReadOnlySpan<double> t, ReadOnlySpan<double> d, double targetM)
    {
        (double TimeS, double StartS) best = (double.PositiveInfinity, 0);
        var j = 1;
        for (var i = 0; i < d.Length - 1; i++)
        {
            var endM = d[i] + targetM;
            if (endM > d[^1]) break;
            if (j <= i) j = i + 1;
            while (d[j] < endM) j++;
            var endS = d[j] > d[j - 1]
                ? t[j - 1] + (endM - d[j - 1]) / (d[j] - d[j - 1]) * (t[j] - t[j - 1])
                : t[j];
            if (endS - t[i] < best.TimeS) best = (endS - t[i], t[i]);
        }
        return best;
    }
}
