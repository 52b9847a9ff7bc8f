namespace HybridCoach.Application.Import;

/// <summary>What happened to one file of an import.</summary>
public enum ImportStatus
{
    /// <summary>Stored as a new activity.</summary>
    Imported,
    /// <summary>Already stored (same content, or same start and distance); nothing written.</summary>
    Duplicate,
    /// <summary>Could not be read or stored; the reason says why. Other files carry on.</summary>
    Failed,
    /// <summary>Deliberately not imported (e.g. a zip nested too deep); the reason says why.</summary>
    Skipped,
}
