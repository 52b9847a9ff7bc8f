using System.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Reads a Track's trackpoints into the activity. Points without a time are counted and left out
/// (TCX requires Time on every Trackpoint). Garmin Connect repeats the last point of a lap as the first
/// of the next (fit/4801048867.fit has 5,159 records, its TCX export 5,166 trackpoints over 8 laps);
/// such an exact repeat is dropped so the samples match the recording.
/// </summary>
public static class TcxTrackParser
{
    public static void Read(XmlReader reader, TcxActivity activity, bool isRun) =>
        Xml.XmlChildren.ForEachChild(reader, child =>
        {
            if (child.LocalName != "Trackpoint") return false;
            var point = TcxTrackpointParser.Read(child, isRun);
            if (point.Time is null) activity.UntimedPoints++;
            else if (activity.Points.Count == 0 || activity.Points[^1] != point) activity.Points.Add(point);
            return true;
        });
}
