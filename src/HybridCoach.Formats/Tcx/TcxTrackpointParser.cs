using System.Xml;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Reads one Trackpoint (TrainingCenterDatabase v2 Trackpoint_t): Time, Position, AltitudeMeters,
/// DistanceMeters, HeartRateBpm/Value, Cadence, and the TPX extension (ActivityExtension v2:
/// Speed in m/s, RunCadence, Watts), matched by local name under any prefix.
/// </summary>
public static class TcxTrackpointParser
{
    /// <param name="isRun">Running cadence is converted from strides to steps per minute (<see cref="GarminCadence"/>).</param>
    public static TrackPoint Read(XmlReader reader, bool isRun)
    {
        var point = TrackPoint.Empty;
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "Time": point.Time = ReadTime(child); return true;
                case "Position": ReadPosition(child, ref point); return true;
                case "AltitudeMeters": point.AltitudeM = XmlValues.ReadDouble(child); return true;
                case "DistanceMeters": point.DistanceM = XmlValues.ReadDouble(child); return true;
                case "HeartRateBpm": point.HeartRateBpm = HeartRateValue.OrNaN(XmlChildren.ReadChildDouble(child, "Value")); return true;
                case "Cadence": point.Cadence = GarminCadence.ToStoredCadence(XmlValues.ReadDouble(child), isRun); return true;
                case "Extensions": ReadExtensions(child, ref point); return true;
                default: return false;
            }
        });
        return point;
    }

    private static DateTimeOffset? ReadTime(XmlReader reader) =>
        XmlValues.TryParseTime(reader.ReadElementContentAsString(), out var utc, out _) ? utc : null;

    private static void ReadPosition(XmlReader reader, ref TrackPoint point)
    {
        double latitude = double.NaN, longitude = double.NaN;
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "LatitudeDegrees": latitude = XmlValues.ReadDouble(child); return true;
                case "LongitudeDegrees": longitude = XmlValues.ReadDouble(child); return true;
                default: return false;
            }
        });
        point.LatitudeDeg = latitude;
        point.LongitudeDeg = longitude;
    }

    private static void ReadExtensions(XmlReader reader, ref TrackPoint point)
    {
        double speed = double.NaN, runCadence = double.NaN, watts = double.NaN;
        XmlChildren.ForEachDescendant(reader, child =>
        {
            switch (child.LocalName)
            {
                case "Speed": speed = XmlValues.ReadDouble(child); return true;
                case "RunCadence": runCadence = XmlValues.ReadDouble(child); return true;
                case "Watts": watts = XmlValues.ReadDouble(child); return true;
                default: return false;
            }
        });
        if (double.IsFinite(speed)) point.SpeedMps = speed;
        if (double.IsFinite(watts)) point.PowerW = watts;
        // RunCadence is always a running value; it wins over a core Cadence that some devices leave at 0.
        if (double.IsFinite(runCadence)) point.Cadence = GarminCadence.ToStoredCadence(runCadence, isRun: true);
    }
}
