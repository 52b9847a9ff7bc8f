namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Totals and averages over a span of samples, the figures a lap or session message reports. The span
/// runs from boundary sample <see cref="FromIndex"/> (where the previous lap ended) to <see cref="ToIndex"/>;
/// time, distance and climb are differences across it, averages cover the samples after the boundary
/// (and the boundary itself for the first span, which starts at sample 0).
/// </summary>
public sealed record FitRangeSummary(
    int FromIndex,
    int ToIndex,
    int ElapsedS,
    double DistanceM,
    double MaxSpeedMps,
    byte? AvgHeartRateBpm,
    byte? MaxHeartRateBpm,
    double? AvgCadenceRpm,
    double? MaxCadenceRpm,
    ushort? AvgPowerW,
    ushort? MaxPowerW,
    double? AscentM,
    double? DescentM)
{
    public double AvgSpeedMps => ElapsedS > 0 ? DistanceM / ElapsedS : 0;

    public static FitRangeSummary Of(FitActivityToEncode activity, int fromIndex, int toIndex)
    {
        var first = fromIndex == 0 ? 0 : fromIndex + 1;
        var count = toIndex - first + 1;
        var (ascent, descent) = Climb(activity.AltitudesM, fromIndex, toIndex);
        var (avgHr, maxHr) = MeanMax(activity.HeartRatesBpm, first, count, v => v);
        var (avgPower, maxPower) = MeanMax(activity.PowersW, first, count, v => v);
        var (avgCadence, maxCadence) = MeanMax(activity.CadencesRpm, first, count, v => v);
        return new FitRangeSummary(
            fromIndex,
            toIndex,
            activity.ElapsedS[toIndex] - activity.ElapsedS[fromIndex],
            activity.DistancesM[toIndex] - activity.DistancesM[fromIndex],
            MeanMax(activity.SpeedsMps, first, count, v => v).Max ?? 0,
            avgHr is { } h ? (byte)Math.Round(h) : null,
            maxHr is { } mh ? (byte)mh : null,
            avgCadence,
            maxCadence,
            avgPower is { } p ? (ushort)Math.Round(p) : null,
            maxPower is { } mp ? (ushort)mp : null,
            ascent,
            descent);
    }

    private static (double? Mean, double? Max) MeanMax<T>(T[]? values, int first, int count, Func<T, double> toDouble)
    {
        if (values is null || count <= 0) return (null, null);
        double sum = 0, max = double.MinValue;
        for (var i = first; i < first + count; i++)
        {
            var v = toDouble(values[i]);
            sum += v;
            max = Math.Max(max, v);
        }
        return (sum / count, max);
    }

    /// <summary>Sums of rises and falls between consecutive samples (no smoothing: the input is taken as clean).</summary>
    private static (double? Ascent, double? Descent) Climb(double[]? altitudesM, int fromIndex, int toIndex)
    {
        if (altitudesM is null) return (null, null);
        double up = 0, down = 0;
        for (var i = fromIndex + 1; i <= toIndex; i++)
        {
            var step = altitudesM[i] - altitudesM[i - 1];
            if (step > 0) up += step; else down -= step;
        }
        return (up, down);
    }
}
