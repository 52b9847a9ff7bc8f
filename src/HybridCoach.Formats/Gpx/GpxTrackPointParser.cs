using System.Xml;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>
/// Reads one &lt;trkpt&gt;: lat/lon attributes, ele, time, GPX 1.0's speed, and the sensor values of
/// its extensions. Extensions are matched by local name at any depth, which covers Garmin's
/// TrackPointExtension v1 and v2 (hr, cad, atemp, speed; http://www.garmin.com/xmlschemas/TrackPointExtension/v1|v2)
/// under any prefix, ClueTrust's gpxdata (hr, cadence, temp, distance; Movescount) and the
/// PowerExtension's PowerInWatts (Urban Biker).
/// </summary>
public static class GpxTrackPointParser
{
    public static TrackPoint Read(XmlReader reader, GpxDocument document)
    {
        var point = TrackPoint.Empty with
        {
            LatitudeDeg = XmlValues.ParseDouble(reader.GetAttribute("lat")),
            LongitudeDeg = XmlValues.ParseDouble(reader.GetAttribute("lon")),
        };
        XmlChildren.ForEachDescendant(reader, child =>
        {
            switch (child.LocalName)
            {
                case "ele": point.AltitudeM = XmlValues.ReadDouble(child); return true;
                case "time": point.Time = ReadTime(child, document); return true;
                case "hr" or "heartrate": point.HeartRateBpm = HeartRateValue.OrNaN(XmlValues.ReadDouble(child)); return true;
                case "cad" or "cadence": point.Cadence = XmlValues.ReadDouble(child); return true;
                case "atemp" or "temp": point.TemperatureC = XmlValues.ReadDouble(child); return true;
                case "speed": point.SpeedMps = XmlValues.ReadDouble(child); return true;
                case "distance": point.DistanceM = XmlValues.ReadDouble(child); return true;
                case "power" or "PowerInWatts" or "watts": point.PowerW = XmlValues.ReadDouble(child); return true;
                case "name" or "desc" or "cmt" or "src" or "sym" or "type" or "link": child.Skip(); return true;
                default: return false;
            }
        });
        return point;
    }

    private static DateTimeOffset? ReadTime(XmlReader reader, GpxDocument document)
    {
        if (!XmlValues.TryParseTime(reader.ReadElementContentAsString(), out var utc, out var offset)) return null;
        if (!document.HasTimedPoint)
        {
            document.HasTimedPoint = true;
            document.FirstLocalOffset = offset;
        }
        return utc;
    }
}
