namespace HybridCoach.Application.Import;

/// <summary>The per-file results of one import, in the order the files were found, with totals.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files)
{
    public int Total => Files.Count;
    public int Imported => Count(ImportStatus.Imported);
    public int Duplicates => Count(ImportStatus.Duplicate);
    public int Failed => Count(ImportStatus.Failed);
    public int Skipped => Count(ImportStatus.Skipped);

    /// <summary>The skipped files that are sound but not activities (routes, monitoring, settings, weight files).</summary>
    public int NotActivities => Files.Count(f => f.Status == ImportStatus.Skipped && f.Reason?.Contains(NotAnActivity, StringComparison.Ordinal) == true);

    /// <summary>What the reason of a file that is not an activity says (<see cref="ImportService"/> writes it).</summary>
    public const string NotAnActivity = "skipped: not an activity";

    /// <summary>True when nothing at all could be imported although something failed (the CLI exits non-zero).</summary>
    public bool NothingImported => Imported == 0 && Duplicates == 0 && Failed > 0;

    private int Count(ImportStatus status) => Files.Count(f => f.Status == status);
}
