using System.Xml;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Reads one Lap (TrainingCenterDatabase v2 ActivityLap_t, or a Course's CourseLap_t): its StartTime
/// attribute, stated totals, the LX lap extension (AvgSpeed, AvgRunCadence) and, inside Track, its trackpoints.
/// </summary>
public static class TcxLapParser
{
    public static TcxLap Read(XmlReader reader, TcxActivity activity, bool isRun)
    {
        var lap = new TcxLap
        {
            StartTime = XmlValues.TryParseTime(reader.GetAttribute("StartTime"), out var start, out _) ? start : null,
        };
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "TotalTimeSeconds": lap.TotalTimeS = XmlValues.ReadDouble(child); return true;
                case "DistanceMeters": lap.DistanceM = XmlValues.ReadDouble(child); return true;
                case "MaximumSpeed": lap.MaximumSpeedMps = XmlValues.ReadDouble(child); return true;
                case "Calories": lap.Calories = XmlValues.ReadDouble(child); return true;
                case "AverageHeartRateBpm": lap.AverageHeartRateBpm = HeartRateValue.OrNaN(XmlChildren.ReadChildDouble(child, "Value")); return true;
                case "MaximumHeartRateBpm": lap.MaximumHeartRateBpm = HeartRateValue.OrNaN(XmlChildren.ReadChildDouble(child, "Value")); return true;
                case "Cadence": lap.Cadence = XmlValues.ReadDouble(child); return true;
                case "TriggerMethod": lap.TriggerMethod = child.ReadElementContentAsString().Trim(); return true;
                case "Track": TcxTrackParser.Read(child, activity, isRun); return true;
                case "Extensions": ReadExtensions(child, lap); return true;
                default: return false;
            }
        });
        return lap;
    }

    private static void ReadExtensions(XmlReader reader, TcxLap lap) =>
        XmlChildren.ForEachDescendant(reader, child =>
        {
            switch (child.LocalName)
            {
                case "AvgSpeed": lap.AverageSpeedMps = XmlValues.ReadDouble(child); return true;
                case "AvgRunCadence": lap.AverageRunCadence = XmlValues.ReadDouble(child); return true;
                default: return false;
            }
        });
}
