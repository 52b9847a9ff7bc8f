namespace HybridCoach.Formats.Xml;

/// <summary>
/// One GPX track point or TCX trackpoint as read, before it becomes a sample. Missing values are NaN;
/// a missing time is null.
/// </summary>
public record struct TrackPoint(
    DateTimeOffset? Time,
    double LatitudeDeg,
    double LongitudeDeg,
    double AltitudeM,
    double DistanceM,
    double HeartRateBpm,
    double Cadence,
    double SpeedMps,
    double PowerW,
    double TemperatureC)
{
    public static TrackPoint Empty => new(null, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public bool HasPosition => double.IsFinite(LatitudeDeg) && double.IsFinite(LongitudeDeg);
}
