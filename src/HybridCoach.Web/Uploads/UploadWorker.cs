using System.Collections.Concurrent;
using HybridCoach.Application.Import;
using HybridCoach.Application.Stores;
using HybridCoach.Hosting;

namespace HybridCoach.Web.Uploads;

/// <summary>
/// Imports queued uploads in the background with the same <see cref="ImportService"/> as `coach import` (the same
/// checks, the same per-file report), reporting each file to its job as it goes. <see cref="Workers"/> imports run at
/// once, one at a time per athlete (their store has one writer). A store fault stops the job with the files before it
/// stored; so does the server stopping. The staged files are deleted when the job ends, and its end is kept
/// (<see cref="IImportJobStore"/>); a job a stop left unfinished is marked stopped at the next start.
/// </summary>
public sealed class UploadWorker(UploadQueue queue, AthleteScopes scopes, IImportJobStore store, TimeProvider clock, ILogger<UploadWorker> log)
    : BackgroundService
{
    public const int Workers = 2;
    public const string StoppedMessage =
        "the server stopped before the import finished; the files before that are stored, and uploading again imports the rest (stored files come back as duplicates)";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _athleteTurns = new(StringComparer.Ordinal);

    /// <summary>A job kept as queued or running was left by a stop before it ended (its staged files go too): it reads as stopped.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        StagedImport.DeleteLeftovers(UploadQueue.StagingRoot(scopes.DataDirectory));
        var stopped = await store.StopUnfinishedAsync(StoppedMessage, clock.GetUtcNow(), cancellationToken);
        if (stopped > 0) log.LogWarning("{Count} upload(s) left unfinished by the last stop are marked stopped", stopped);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => LoopAsync(stoppingToken), CancellationToken.None)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Waiting.ReadAllAsync(stoppingToken)) await RunAsync(work, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (queue.Waiting.TryRead(out var left)) await EndAsync(left, null, StoppedMessage);
        }
    }

    private async Task RunAsync(UploadWork work, CancellationToken stoppingToken)
    {
        var turn = _athleteTurns.GetOrAdd(work.Job.Athlete, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(stoppingToken);
        try
        {
            work.Job.Start();
            using var lease = scopes.Lease(work.Job.Athlete);
            var importer = lease.Services.GetRequiredService<ImportService>();
            var report = await importer.ImportStagedAsync(work.Staging, progress: new InlineProgress(work.Job.Report), cancellationToken: stoppingToken);
            await EndAsync(work, report, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await EndAsync(work, null, StoppedMessage);
            throw;
        }
        catch (StoreFaultException fault)
        {
            await EndAsync(work, null, $"the store failed, so the import stopped: {fault.Message}; the files before it are stored");
        }
        catch (Exception error) when (error is ArgumentException or ImportLimitException or IOException)
        {
            await EndAsync(work, null, work.Staging.Present(new ImportFileResult("", ImportStatus.Failed, Reason: error.Message)).Reason);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A worker never dies and a job never hangs: anything else ends this job, logged in full for the operator.
            log.LogError(error, "upload {Id}: the import stopped unexpectedly", work.Job.Id);
            await EndAsync(work, null, "the import stopped unexpectedly; the files before it are stored, and the server log has the details");
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task EndAsync(UploadWork work, ImportReport? report, string? error)
    {
        if (report is not null) work.Job.Finish(report, clock.GetUtcNow());
        else work.Job.Fail(error ?? "the import stopped", clock.GetUtcNow());
        try
        {
            work.Staging.Delete();
        }
        catch (IOException cleanup)
        {
            log.LogWarning(cleanup, "upload {Id}: its staged files could not be deleted from {Folder}", work.Job.Id, work.Staging.Folder);
        }
        try
        {
            // Not cancelled by the stop: the job's end is kept even while the server shuts down.
            await store.SaveAsync(StoredImportJob.From(work.Job), CancellationToken.None);
        }
        catch (Exception keep) when (keep is StoreFaultException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            log.LogError(keep, "upload {Id}: its end could not be kept; this process still shows it until it stops", work.Job.Id);
        }
    }

    /// <summary>Reports on the importing thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
