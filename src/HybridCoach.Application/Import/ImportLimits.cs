namespace HybridCoach.Application.Import;

/// <summary>
/// Caps that keep a hostile or broken archive from exhausting memory. Sizes are counted while
/// decompressing, never taken from an archive's headers. A real FIT file is a few MB and compresses
/// about 3–10:1, so 256 MiB and 100:1 are far above anything genuine; the ratio only applies after the
/// first MiB so tiny, very regular files (a short GPX) are never mistaken for bombs. Whole imports are capped too
/// (OWASP File Upload Cheat Sheet: limit the total, not only each file): <see cref="MaxFiles"/> files and
/// <see cref="MaxImportBytes"/> of content — 16 GiB, several times a decade of daily runs with full FIT recordings
/// (about 5,000 files of 0.1–1 MB).
/// </summary>
public sealed record ImportLimits(
    long MaxEntryBytes = 256L * 1024 * 1024,
    double MaxRatio = 100,
    long RatioGraceBytes = 1024 * 1024,
    int MaxZipDepth = 2,
    int MaxEntriesPerArchive = 200_000,
    int MaxFiles = 1_000_000,
    long MaxImportBytes = 16L * 1024 * 1024 * 1024)
{
    public static ImportLimits Default { get; } = new();
}
