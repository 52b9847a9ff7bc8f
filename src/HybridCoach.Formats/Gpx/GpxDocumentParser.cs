using System.Xml;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>
/// Walks a GPX 1.0 or 1.1 document (topografix.com/GPX/1/0 and /1/1; elements matched by local name, so
/// both versions and namespace-less files read alike): metadata name, every trk/trkseg/trkpt in file
/// order, and counts of route and waypoints (which are plans and marks, not a recording).
/// </summary>
public static class GpxDocumentParser
{
    public static GpxDocument Parse(XmlReader reader, string fileName)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "gpx")
            throw new ActivityFileException(fileName, $"not a GPX file (the root element is <{reader.LocalName}>, not <gpx>)");
        var document = new GpxDocument { Version = reader.GetAttribute("version"), Creator = reader.GetAttribute("creator") };
        XmlChildren.ForEachChild(reader, child => child.LocalName switch
        {
            "metadata" => ReadMetadata(child, document),
            "trk" => ReadTrack(child, document),
            "rte" => CountRoutePoints(child, document),
            "wpt" => CountWaypoint(child, document),
            _ => false,
        });
        return document;
    }

    private static bool ReadMetadata(XmlReader reader, GpxDocument document)
    {
        XmlChildren.ForEachChild(reader, child =>
        {
            if (child.LocalName != "name") return false;
            var name = NonBlank(child.ReadElementContentAsString());
            document.MetadataName ??= name;
            return true;
        });
        return true;
    }

    private static bool ReadTrack(XmlReader reader, GpxDocument document)
    {
        document.TrackCount++;
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "name":
                    var name = ReadText(child);
                    document.TrackName ??= name;
                    return true;
                case "type":
                    var type = ReadText(child);
                    document.TrackType ??= type;
                    return true;
                case "trkseg": ReadSegment(child, document); return true;
                default: return false;
            }
        });
        return true;
    }

    private static void ReadSegment(XmlReader reader, GpxDocument document) =>
        XmlChildren.ForEachChild(reader, child =>
        {
            if (child.LocalName != "trkpt") return false;
            document.Points.Add(GpxTrackPointParser.Read(child, document));
            return true;
        });

    private static bool CountRoutePoints(XmlReader reader, GpxDocument document)
    {
        XmlChildren.ForEachChild(reader, child =>
        {
            if (child.LocalName == "rtept") document.RoutePointCount++;
            return false;
        });
        return true;
    }

    private static bool CountWaypoint(XmlReader reader, GpxDocument document)
    {
        document.WaypointCount++;
        return false;
    }

    // Handlers read the element even when they keep only the first value: a handler must consume what
    // it claims (`x ??= Read()` would skip the read once x is set).
    private static string? ReadText(XmlReader reader) => NonBlank(reader.ReadElementContentAsString());

    private static string? NonBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
