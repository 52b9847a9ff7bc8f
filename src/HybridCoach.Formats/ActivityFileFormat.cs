namespace HybridCoach.Formats;

/// <summary>The activity file formats HybridCoach reads.</summary>
public enum ActivityFileFormat
{
    Fit,
    Gpx,
    Tcx,
}
