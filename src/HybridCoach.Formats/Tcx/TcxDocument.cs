using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>What a TCX file holds: its activities (or courses), and the writing application.</summary>
public sealed class TcxDocument
{
    public List<TcxActivity> Activities { get; } = [];

    /// <summary>Author/Name: the application that wrote the file (used when no Creator names a device).</summary>
    public string? AuthorName { get; set; }
}

/// <summary>One TCX Activity, or a Course read as a track.</summary>
public sealed class TcxActivity
{
    /// <summary>The Sport attribute: Running, Biking or Other (TrainingCenterDatabase v2 Sport_t).</summary>
    public string? Sport { get; init; }

    public bool IsCourse { get; init; }

    /// <summary>The Id element: the activity's start time.</summary>
    public DateTimeOffset? Id { get; set; }

    /// <summary>A course's Name.</summary>
    public string? Name { get; set; }

    /// <summary>Creator/Name: the recording device.</summary>
    public string? CreatorName { get; set; }

    public List<TcxLap> Laps { get; } = [];

    public List<TrackPoint> Points { get; } = [];

    public int UntimedPoints { get; set; }
}

/// <summary>One TCX Lap with what it states; NaN or null where it does not.</summary>
public sealed class TcxLap
{
    public DateTimeOffset? StartTime { get; init; }
    public double TotalTimeS { get; set; } = double.NaN;
    public double DistanceM { get; set; } = double.NaN;
    public double MaximumSpeedMps { get; set; } = double.NaN;
    public double Calories { get; set; } = double.NaN;
    public double AverageHeartRateBpm { get; set; } = double.NaN;
    public double MaximumHeartRateBpm { get; set; } = double.NaN;

    /// <summary>The Lap's Cadence element (rpm, or strides/min on runs).</summary>
    public double Cadence { get; set; } = double.NaN;

    /// <summary>LX AvgRunCadence (ActivityExtension v2): strides per minute.</summary>
    public double AverageRunCadence { get; set; } = double.NaN;

    /// <summary>LX AvgSpeed (ActivityExtension v2), m/s.</summary>
    public double AverageSpeedMps { get; set; } = double.NaN;

    public string? TriggerMethod { get; set; }
}
