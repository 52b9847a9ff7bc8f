using System.Collections.Concurrent;
using HybridCoach.Application.Import;
using HybridCoach.Application.Stores;
using HybridCoach.Hosting;

namespace HybridCoach.Web.Uploads;

/// <summary>
/// Imports queued uploads in the background with the same <see cref="ImportService"/> as `coach import` (the same
/// checks, the same per-file report), reporting each file to its job as it goes. <see cref="Workers"/> imports run at
/// once, one at a time per athlete (their store has one writer). A store fault stops the job with the files before it
/// stored; so does the server stopping. The staged files are deleted when the job ends.
/// </summary>
public sealed class UploadWorker(UploadQueue queue, AthleteScopes scopes, TimeProvider clock, ILogger<UploadWorker> log) : BackgroundService
{
    public const int Workers = 2;
    public const string StoppedMessage =
        "the server stopped before the import finished; the files before that are stored, and uploading again imports the rest (stored files come back as duplicates)";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _athleteTurns = new(StringComparer.Ordinal);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        StagedImport.DeleteLeftovers(UploadQueue.StagingRoot(scopes.DataDirectory));
        return base.StartAsync(cancellationToken);
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
            while (queue.Waiting.TryRead(out var left)) End(left, null, StoppedMessage);
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
            var progress = new InlineProgress(p => work.Job.Report(p with { Last = work.Staging.Present(p.Last) }));
            var report = await importer.ImportAsync(work.Staging.Paths, progress: progress, cancellationToken: stoppingToken);
            End(work, new ImportReport([.. report.Files.Select(work.Staging.Present)]), null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            End(work, null, StoppedMessage);
            throw;
        }
        catch (StoreFaultException fault)
        {
            End(work, null, $"the store failed, so the import stopped: {fault.Message}; the files before it are stored");
        }
        catch (Exception error) when (error is ArgumentException or ImportLimitException or IOException)
        {
            End(work, null, work.Staging.Present(new ImportFileResult("", ImportStatus.Failed, Reason: error.Message)).Reason);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A worker never dies and a job never hangs: anything else ends this job, logged in full for the operator.
            log.LogError(error, "upload {Id}: the import stopped unexpectedly", work.Job.Id);
            End(work, null, "the import stopped unexpectedly; the files before it are stored, and the server log has the details");
        }
        finally
        {
            turn.Release();
        }
    }

    private void End(UploadWork work, ImportReport? report, string? error)
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
    }

    /// <summary>Reports on the importing thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
