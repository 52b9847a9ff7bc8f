using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>
/// Turns a parsed GPX document into a recording: one session (GPX states no totals, so the factory
/// derives them all), the points as samples, the creator as device, the track name as name.
/// </summary>
public static class GpxRecordingBuilder
{
    public static ActivityRecording Build(GpxDocument document, string fileName)
    {
        if (document.Points.Count == 0)
            throw new ActivityFileException(fileName, NoPointsReason(document), notAnActivity: document.RoutePointCount > 0 || document.WaypointCount > 0);
        var filled = UntimedPointTimes.Fill(document.Points);
        if (filled.Points.Count == 0)
            throw new ActivityFileException(fileName, $"none of the {document.Points.Count} track points has a time, so this is a route, not a recorded activity", notAnActivity: true);

        var sport = GpxTrackType.ToSport(document.TrackType) ?? Sport.Other;
        var points = sport.IsRun()
            ? filled.Points.ConvertAll(p => p with { Cadence = GarminCadence.ToStoredCadence(p.Cadence, isRun: true) })
            : filled.Points;
        var samples = TrackPointSeries.Build(points);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(samples.TimestampsMs[0]);
        var session = new RecordedSession(sport, null, start, null, null, null, null, null, null, null, null, null, null);
        return new ActivityRecording(
            [session], [], samples, document.FirstLocalOffset,
            document.TrackName ?? document.MetadataName, document.Creator, Warnings(filled));
    }

    private static string NoPointsReason(GpxDocument document)
    {
        if (document.RoutePointCount > 0)
            return $"no track points: the file holds a route of {document.RoutePointCount} points, a plan rather than a recorded activity";
        if (document.WaypointCount > 0)
            return $"no track points: the file holds only {document.WaypointCount} waypoint(s)";
        return "no track points";
    }

    private static List<string> Warnings(UntimedPointTimes.Result filled)
    {
        var warnings = new List<string>();
        if (filled.Interpolated > 0)
            warnings.Add($"{filled.Interpolated} track point(s) had no time; their times were interpolated along the track");
        if (filled.Dropped > 0)
            warnings.Add($"{filled.Dropped} track point(s) before the first or after the last timed point had no time and were left out");
        return warnings;
    }
}
