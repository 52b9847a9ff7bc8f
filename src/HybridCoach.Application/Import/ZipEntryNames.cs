namespace HybridCoach.Application.Import;

/// <summary>
/// Spots archive entry names that try to escape the archive ("Zip Slip": ../ segments, absolute or
/// drive-rooted paths). Nothing is ever extracted to disk, but such an entry marks a hostile archive
/// and is refused rather than imported.
/// </summary>
public static class ZipEntryNames
{
    public static string? UnsafeReason(string entryName)
    {
        if (entryName.Contains('\0', StringComparison.Ordinal)) return "contains a NUL character";
        if (entryName.StartsWith('/') || entryName.StartsWith('\\')) return "absolute path";
        if (entryName.Length >= 2 && entryName[1] == ':' && char.IsAsciiLetter(entryName[0])) return "drive-rooted path";
        var segments = entryName.Split('/', '\\');
        return segments.Any(s => s == "..") ? "path traversal" : null;
    }
}
