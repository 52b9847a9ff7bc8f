namespace HybridCoach.Domain.Activities;

/// <summary>
/// Time spent moving: the sum of the intervals between consecutive samples during which the athlete went
/// at least <see cref="MinimumSpeedMps"/>, leaving out intervals longer than <see cref="MaximumGapS"/>.
/// </summary>
public static class MovingTimeCalculator
{
    /// <summary>
    /// 0.5 m/s (1.8 km/h): well under the slowest comfortable walking speed of healthy adults, about
    /// 1.0–1.4 m/s (R. W. Bohannon, "Comfortable and maximum walking speed of adults aged 20–79 years",
    /// Age and Ageing 26(1), 1997), so every run, hike or walk counts, while the drift of a GPS standing at
    /// a traffic light (a few metres a minute) does not.
    /// </summary>
    public const double MinimumSpeedMps = 0.5;

    /// <summary>
    /// 30 s. Devices write a point every second, or with Garmin "smart recording" whenever speed, heading
    /// or heart rate change, which while moving is every few seconds; GoldenCheetah likewise treats only
    /// short holes as recording gaps to be filled. A longer hole is a pause or lost signal, and what the
    /// athlete did during it is unknown, so it is not counted as moving.
    /// </summary>
    public const double MaximumGapS = 30.0;

    /// <summary>Moving time from the cumulative distance: an interval counts when its average speed is high enough.</summary>
    public static double FromDistances(ReadOnlySpan<double> timesS, ReadOnlySpan<double> distancesM)
    {
        double moving = 0;
        for (var i = 1; i < timesS.Length; i++)
        {
            var intervalS = timesS[i] - timesS[i - 1];
            if (intervalS <= 0 || intervalS > MaximumGapS) continue;
            if ((distancesM[i] - distancesM[i - 1]) / intervalS >= MinimumSpeedMps) moving += intervalS;
        }
        return moving;
    }

    /// <summary>Moving time from a speed channel: an interval counts when the speed at its end is high enough.</summary>
    public static double FromSpeeds(ReadOnlySpan<double> timesS, ReadOnlySpan<double> speedsMps)
    {
        double moving = 0;
        for (var i = 1; i < timesS.Length; i++)
        {
            var intervalS = timesS[i] - timesS[i - 1];
            if (intervalS <= 0 || intervalS > MaximumGapS) continue;
            if (speedsMps[i] >= MinimumSpeedMps) moving += intervalS;
        }
        return moving;
    }
}
