namespace HybridCoach.Domain.Activities;

/// <summary>Total ascent and descent of an altitude profile, with hysteresis so that noise does not add up.</summary>
public static class ElevationGainCalculator
{
    /// <summary>
    /// 3 m: GoldenCheetah's default "elevation hysteresis" (GoldenCheetah user guide, Options: General),
    /// above the resolution and short-term jitter of barometric altimeters (about 1 m) yet small enough
    /// to keep a real 5 m rise. GPS-only altitude is noisier and will still over-count somewhat.
    /// </summary>
    public const double DefaultThresholdM = 3.0;

    /// <summary>
    /// A zig-zag filter: the profile is cut into legs at its turning points, and a turning point is only
    /// accepted once the altitude has moved <paramref name="thresholdM"/> back from it. Every accepted leg
    /// adds its full height, so a steady 10 m climb counts 10 m while ±1 m wobbles count nothing.
    /// Missing values (NaN) are skipped.
    /// </summary>
    public static (double AscentM, double DescentM) Compute(ReadOnlySpan<double> altitudesM, double thresholdM = DefaultThresholdM)
    {
        var first = altitudesM.IndexOfAnyExcept(double.NaN);
        if (first < 0) return (0, 0);
        double ascent = 0, descent = 0;
        var pivot = altitudesM[first];
        var extreme = pivot;
        var direction = 0;
        for (var i = first + 1; i < altitudesM.Length; i++)
        {
            var altitude = altitudesM[i];
            if (!double.IsFinite(altitude)) continue;
            switch (direction)
            {
                case 0 when Math.Abs(altitude - pivot) >= thresholdM:
                    direction = Math.Sign(altitude - pivot);
                    extreme = altitude;
                    break;
                case 1 when altitude > extreme:
                case -1 when altitude < extreme:
                    extreme = altitude;
                    break;
                case 1 when extreme - altitude >= thresholdM:
                    ascent += extreme - pivot;
                    (pivot, extreme, direction) = (extreme, altitude, -1);
                    break;
                case -1 when altitude - extreme >= thresholdM:
                    descent += pivot - extreme;
                    (pivot, extreme, direction) = (extreme, altitude, 1);
                    break;
            }
        }
        if (direction == 1) ascent += extreme - pivot;
        if (direction == -1) descent += pivot - extreme;
        return (ascent, descent);
    }
}
