using System.Xml;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Walks a TrainingCenterDatabase v2 document (http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2):
/// every Activity under Activities (also inside a MultiSportSession), every Course under Courses, and
/// Author/Name.
/// </summary>
public static class TcxDocumentParser
{
    public static TcxDocument Parse(XmlReader reader, string fileName)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "TrainingCenterDatabase")
            throw new ActivityFileException(fileName, $"not a TCX file (the root element is <{reader.LocalName}>, not <TrainingCenterDatabase>)");
        var document = new TcxDocument();
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "Activities": ReadAll(child, "Activity", document, isCourse: false); return true;
                case "Courses": ReadAll(child, "Course", document, isCourse: true); return true;
                case "Author": document.AuthorName = ReadName(child); return true;
                default: return false;
            }
        });
        return document;
    }

    private static void ReadAll(XmlReader reader, string elementName, TcxDocument document, bool isCourse) =>
        XmlChildren.ForEachDescendant(reader, child =>
        {
            if (child.LocalName != elementName) return false;
            document.Activities.Add(ReadActivity(child, isCourse));
            return true;
        });

    private static TcxActivity ReadActivity(XmlReader reader, bool isCourse)
    {
        var activity = new TcxActivity { Sport = isCourse ? null : reader.GetAttribute("Sport"), IsCourse = isCourse };
        var isRun = SportExtensions.ParseSport(activity.Sport)?.IsRun() == true;
        XmlChildren.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "Id" when !isCourse:
                    activity.Id = XmlValues.TryParseTime(child.ReadElementContentAsString(), out var id, out _) ? id : null;
                    return true;
                case "Name": activity.Name = child.ReadElementContentAsString().Trim(); return true;
                case "Lap": activity.Laps.Add(TcxLapParser.Read(child, activity, isRun)); return true;
                case "Track": TcxTrackParser.Read(child, activity, isRun); return true;
                case "Creator": activity.CreatorName = ReadName(child); return true;
                default: return false;
            }
        });
        return activity;
    }

    private static string? ReadName(XmlReader reader)
    {
        string? name = null;
        XmlChildren.ForEachChild(reader, child =>
        {
            if (child.LocalName != "Name") return false;
            name = child.ReadElementContentAsString().Trim();
            return true;
        });
        return string.IsNullOrEmpty(name) ? null : name;
    }
}
