namespace HybridCoach.Application.Import;

/// <summary>Which names the import looks at (case-insensitive): activity files, gzip'd ones, and zips.</summary>
public static class ActivityFileNames
{
    private static readonly string[] ActivityExtensions = [".fit", ".gpx", ".tcx"];

    public static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public static bool IsGzip(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>x.fit, x.GPX, x.tcx, and the same with .gz (Strava's activities/123.fit.gz).</summary>
    public static bool IsActivityFile(string name)
    {
        var inner = IsGzip(name) ? name[..^3] : name;
        return ActivityExtensions.Any(e => inner.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Files a folder walk picks up: activity files and zips. Everything else is ignored.</summary>
    public static bool IsImportable(string name) => IsActivityFile(name) || IsZip(name);
}
