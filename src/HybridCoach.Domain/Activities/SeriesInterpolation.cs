namespace HybridCoach.Domain.Activities;

/// <summary>Linear interpolation on a sampled series whose x values never decrease (time or distance).</summary>
public static class SeriesInterpolation
{
    /// <summary>
    /// y at <paramref name="x"/>, interpolated between the samples around it and clamped to the ends.
    /// Where several samples share x, the first is used.
    /// </summary>
    public static double At(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, double x)
    {
        if (xs.Length == 0) throw new ArgumentException("the series is empty", nameof(xs));
        if (x <= xs[0]) return ys[0];
        if (x >= xs[^1]) return ys[FirstIndexAtOrAfter(xs, xs[^1])];
        var upper = FirstIndexAtOrAfter(xs, x);
        if (xs[upper] == x) return ys[upper];
        var lower = upper - 1;
        var fraction = (x - xs[lower]) / (xs[upper] - xs[lower]);
        return ys[lower] + fraction * (ys[upper] - ys[lower]);
    }

    /// <summary>The first index whose x is at or after <paramref name="x"/> (binary search); Length when none.</summary>
    public static int FirstIndexAtOrAfter(ReadOnlySpan<double> xs, double x)
    {
        int low = 0, high = xs.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (xs[middle] < x) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
