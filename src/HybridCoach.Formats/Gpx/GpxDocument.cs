using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>What a GPX file holds that an activity needs: its track points in file order and a few labels.</summary>
public sealed class GpxDocument
{
    public string? Version { get; set; }

    /// <summary>The gpx creator attribute: the device or app that wrote the file.</summary>
    public string? Creator { get; set; }

    public string? MetadataName { get; set; }

    /// <summary>The first track's name and type.</summary>
    public string? TrackName { get; set; }

    public string? TrackType { get; set; }

    public int TrackCount { get; set; }

    public int RoutePointCount { get; set; }

    public int WaypointCount { get; set; }

    public bool HasTimedPoint { get; set; }

    /// <summary>The local offset stated on the first timed point ("…+01:00"), if any.</summary>
    public TimeSpan? FirstLocalOffset { get; set; }

    public List<TrackPoint> Points { get; } = [];
}
