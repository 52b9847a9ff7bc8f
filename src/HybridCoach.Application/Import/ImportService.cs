using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;

namespace HybridCoach.Application.Import;

/// <summary>
/// Imports activity files, folders and exports. Each file is hashed (SHA-256 of its decompressed bytes),
/// skipped when that content is stored, decoded by the reader for its detected format, built into an
/// <see cref="Activity"/>, checked against <see cref="DuplicateRule"/>, and stored in its own transaction.
/// Failure policy: a bad file, a bomb or a failed write becomes a Failed row and the import carries on; a store fault
/// (full disk, read-only or damaged store: <see cref="Stores.StoreFaultException"/>) stops it, with every activity stored
/// before it intact; cancellation stops it too. A sound file that is not an activity (a route, a monitoring, settings or weight file)
/// is Skipped with "skipped: not an activity".
/// </summary>
public sealed class ImportService
{
    private readonly IActivityStore _store;
    private readonly ActivityRegistrar _registrar;
    private readonly Dictionary<ActivityFileFormat, IActivityFileReader> _readers;

    public ImportService(IActivityStore store, IEnumerable<IActivityFileReader> readers)
    {
        _store = store;
        _registrar = new ActivityRegistrar(store);
        _readers = readers.ToDictionary(r => r.Format);
    }

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        var limits = options.EffectiveLimits;
        var items = new ImportSourceExpander(limits).Expand(paths);
        var results = new List<ImportFileResult>(items.Count);
        using var archives = new ArchiveReader(limits);
        var budget = new ImportBudget(limits.MaxImportBytes);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = item.Problem ?? await ImportOneAsync(item, archives, budget, options, cancellationToken);
            results.Add(result);
            progress?.Report(new ImportProgress(results.Count, items.Count, result));
        }
        return new ImportReport(results);
    }

    /// <summary>
    /// Imports streams (uploads, standard input) as <see cref="ImportAsync(IEnumerable{string}, ImportOptions?, IProgress{ImportProgress}?, CancellationToken)"/>
    /// imports files: each is written under <paramref name="stagingRoot"/> first (<see cref="StagedImport"/>), imported
    /// (<see cref="ImportStagedAsync"/>), and the staged copies are deleted whatever happens.
    /// </summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportUpload> uploads, string stagingRoot, ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var staged = await StagedImport.WriteAsync(stagingRoot, Guid.NewGuid().ToString("N"), uploads, cancellationToken);
        try
        {
            return await ImportStagedAsync(staged, options, progress, cancellationToken);
        }
        finally
        {
            staged.Delete();
        }
    }

    /// <summary>
    /// Imports files already staged (<see cref="StagedImport"/>, e.g. uploads queued for the background); the report and
    /// each progress row name them as their owner gave them, never by their staged path. The staged files are left to the caller.
    /// </summary>
    public async Task<ImportReport> ImportStagedAsync(StagedImport staged, ImportOptions? options = null, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var named = progress is null ? null : new NamedProgress(progress, staged);
        var report = await ImportAsync(staged.Paths, options, named, cancellationToken);
        return new ImportReport([.. report.Files.Select(staged.Present)]);
    }

    private sealed class NamedProgress(IProgress<ImportProgress> inner, StagedImport staged) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => inner.Report(value with { Last = staged.Present(value.Last) });
    }

    private async Task<ImportFileResult> ImportOneAsync(ImportItem item, ArchiveReader archives, ImportBudget budget, ImportOptions options, CancellationToken cancellationToken)
    {
        var path = item.SourcePath;
        try
        {
            if (item.Manual is { } row) return await new Manual.AddManualActivity(_store).AddAsync(StravaManualEntry.Build(row, path), path, cancellationToken);
            budget.EnsureLeft();
            var content = archives.Load(item);
            if (ActivityFileNames.IsGzip(path)) content = BoundedDecompression.Gunzip(content, path, options.EffectiveLimits);
            budget.Spend(content.Length);
            var hash = ContentHash.Sha256(content);
            if (await _store.FindByContentHashAsync(hash, cancellationToken) is { } existing)
                return new ImportFileResult(path, ImportStatus.Duplicate, existing, Reason: Registration.SameContent(existing).DuplicateReason);

            var (activity, warnings) = Decode(item, content, hash, options);
            var registration = await _registrar.RegisterAsync(activity, cancellationToken);
            var summary = activity.Summary;
            return new ImportFileResult(path, registration.Added ? ImportStatus.Imported : ImportStatus.Duplicate,
                registration.ActivityId, summary.Sport, summary.StartTime, summary.Distance, registration.DuplicateReason ?? WarningText(warnings));
        }
        catch (ActivityFileException e) when (e.NotAnActivity)
        {
            return new ImportFileResult(path, ImportStatus.Skipped, Reason: $"{path}: {ImportReport.NotAnActivity} ({e.Reason})");
        }
        catch (Exception e) when (e is not OperationCanceledException and not Stores.StoreFaultException)
        {
            return new ImportFileResult(path, ImportStatus.Failed, Reason: Describe(path, e));
        }
    }

    // What the reader noticed (a salvaged fault, interpolated times) travels with the imported row.
    private static string? WarningText(IReadOnlyList<string> warnings) =>
        warnings.Count == 0 ? null : string.Join("; ", warnings);

    private (Activity Activity, IReadOnlyList<string> Warnings) Decode(ImportItem item, byte[] content, string hash, ImportOptions options)
    {
        var path = item.SourcePath;
        var format = ActivityFormatDetector.Detect(content)
            ?? throw new ActivityFileException(path, "not a FIT, GPX or TCX file (content not recognised)");
        if (!_readers.TryGetValue(format, out var reader))
            throw new ActivityFileException(path, $"no reader for {format} files is configured");
        var recording = reader.Read(content, path, new ActivityReadOptions(options.Salvage));
        var source = new ActivitySource(path, format.ToString().ToLowerInvariant(), hash);
        // The factory's warnings: the reader's, and any out-of-range sample values it dropped (the report says how many).
        var activity = ActivityFactory.Build(recording, source, out var warnings);
        return (item.Strava is { } strava ? StravaOverrides.Apply(activity, strava) : activity, warnings);
    }

    // The reader's and the factory's messages already name the file; others get the path prepended.
    private static string Describe(string path, Exception e) => e switch
    {
        ActivityFileException or ArgumentException => e.Message,
        ImportLimitException => $"{path}: {e.Message}",
        InvalidDataException => $"{path}: not a readable compressed file ({e.Message})",
        IOException or UnauthorizedAccessException => $"{path}: {e.Message}",
        _ => $"{path}: unexpected {e.GetType().Name}: {e.Message}",
    };
}
