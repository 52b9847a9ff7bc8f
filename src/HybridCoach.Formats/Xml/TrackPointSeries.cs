using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Xml;

/// <summary>Turns timed track points into a column series, in time order; a channel exists only if some point has it.</summary>
public static class TrackPointSeries
{
    /// <summary>Builds the series from points that all have a time. Out-of-order points are sorted (stable).</summary>
    public static SampleSeries Build(IReadOnlyList<TrackPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var ordered = IsInTimeOrder(points) ? points : points.OrderBy(p => p.Time!.Value).ToArray();
        var builder = new SampleSeriesBuilder(ordered.Count);
        foreach (var point in ordered)
        {
            builder.Append(point.Time!.Value.ToUnixTimeMilliseconds());
            SetIfPresent(builder, SampleChannel.LatitudeDeg, point.HasPosition ? point.LatitudeDeg : double.NaN);
            SetIfPresent(builder, SampleChannel.LongitudeDeg, point.HasPosition ? point.LongitudeDeg : double.NaN);
            SetIfPresent(builder, SampleChannel.AltitudeM, point.AltitudeM);
            SetIfPresent(builder, SampleChannel.DistanceM, point.DistanceM);
            SetIfPresent(builder, SampleChannel.HeartRateBpm, point.HeartRateBpm);
            SetIfPresent(builder, SampleChannel.CadenceSpm, point.Cadence);
            SetIfPresent(builder, SampleChannel.SpeedMps, point.SpeedMps);
            SetIfPresent(builder, SampleChannel.PowerW, point.PowerW);
            SetIfPresent(builder, SampleChannel.TemperatureC, point.TemperatureC);
        }
        return builder.Build();
    }

    private static bool IsInTimeOrder(IReadOnlyList<TrackPoint> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Time < points[i - 1].Time) return false;
        }
        return true;
    }

    private static void SetIfPresent(SampleSeriesBuilder builder, SampleChannel channel, double value)
    {
        if (double.IsFinite(value)) builder.Set(channel, value);
    }
}
