namespace HybridCoach.Application.Import;

/// <summary>
/// One file to import, found by expanding the sources. Its content is loaded only when it is processed
/// (<see cref="ArchiveReader"/>): <see cref="FilePath"/> on disk, then <see cref="EntryIndexes"/> walk
/// into a zip and zips nested in it. An item with a <see cref="Problem"/> is reported as it is.
/// </summary>
internal sealed record ImportItem(
    string SourcePath,
    string FilePath,
    IReadOnlyList<int> EntryIndexes,
    long CompressedBytes,
    StravaActivityInfo? Strava = null,
    ImportFileResult? Problem = null,
    StravaManualRow? Manual = null)
{
    public static ImportItem Refused(string sourcePath, ImportStatus status, string reason) =>
        new(sourcePath, "", [], 0, Problem: new ImportFileResult(sourcePath, status, Reason: reason));
}
