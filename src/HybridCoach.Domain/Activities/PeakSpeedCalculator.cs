namespace HybridCoach.Domain.Activities;

/// <summary>The highest speed of an activity, from its speed channel or from its distance over short windows.</summary>
public static class PeakSpeedCalculator
{
    /// <summary>
    /// 5 s. Consecutive GPS fixes a second apart each carry a few metres of error, so a one-second speed
    /// can spike far above what the athlete ran; over five seconds the same error is a fifth as large.
    /// </summary>
    public const double MinimumWindowS = 5.0;

    /// <summary>Maximum of a speed channel; null when it holds no positive value.</summary>
    public static double? FromSpeeds(ReadOnlySpan<double> speedsMps)
    {
        double? max = null;
        foreach (var speed in speedsMps)
        {
            if (speed > 0 && double.IsFinite(speed) && (max is null || speed > max)) max = speed;
        }
        return max;
    }

    /// <summary>
    /// The highest average speed over the shortest window of at least <see cref="MinimumWindowS"/> ending
    /// at each sample (a two-pointer pass); null when the recording is shorter than one window.
    /// </summary>
    public static double? FromDistances(ReadOnlySpan<double> timesS, ReadOnlySpan<double> distancesM)
    {
        double? max = null;
        var start = 0;
        for (var end = 1; end < timesS.Length; end++)
        {
            while (start + 1 < end && timesS[end] - timesS[start + 1] >= MinimumWindowS) start++;
            var windowS = timesS[end] - timesS[start];
            if (windowS < MinimumWindowS) continue;
            var speed = (distancesM[end] - distancesM[start]) / windowS;
            if (max is null || speed > max) max = speed;
        }
        return max is > 0 ? max : null;
    }
}
