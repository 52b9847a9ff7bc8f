namespace HybridCoach.Domain.Activities;

/// <summary>
/// Mean and maximum of a channel over a time window [start, end), or [start, end] when the window is
/// the last one, so that a sample on a boundary belongs to one window only. Missing values (NaN) and zeros are left out: a
/// heart rate or cadence of 0 is a strap or pod without signal (or a runner standing still), not a value
/// to average in, as Garmin devices do for their non-zero averages.
/// </summary>
public static class ChannelStatistics
{
    /// <summary>Mean of the positive values inside the window; null when there is none.</summary>
    public static double? Mean(ReadOnlySpan<double> timesS, ReadOnlySpan<double> values, double startS, double endS, bool includeEnd = false)
    {
        if (values.IsEmpty) return null;
        double sum = 0;
        var count = 0;
        for (var i = FirstIndex(timesS, startS); i < timesS.Length && Before(timesS[i], endS, includeEnd); i++)
        {
            var value = values[i];
            if (!(value > 0)) continue;
            sum += value;
            count++;
        }
        return count > 0 ? sum / count : null;
    }

    /// <summary>Maximum of the positive values inside the window; null when there is none.</summary>
    public static double? Max(ReadOnlySpan<double> timesS, ReadOnlySpan<double> values, double startS, double endS, bool includeEnd = false)
    {
        if (values.IsEmpty) return null;
        double? max = null;
        for (var i = FirstIndex(timesS, startS); i < timesS.Length && Before(timesS[i], endS, includeEnd); i++)
        {
            var value = values[i];
            if (value > 0 && (max is null || value > max)) max = value;
        }
        return max;
    }

    private static bool Before(double timeS, double endS, bool includeEnd) => includeEnd ? timeS <= endS : timeS < endS;

    private static int FirstIndex(ReadOnlySpan<double> timesS, double startS) =>
        SeriesInterpolation.FirstIndexAtOrAfter(timesS, startS);
}
