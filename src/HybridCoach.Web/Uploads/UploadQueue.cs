using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using HybridCoach.Application.Import;

namespace HybridCoach.Web.Uploads;

/// <summary>
/// The uploads waiting to be imported and those imported lately, for every athlete of the server. A job's id is 128
/// random bits and only its own athlete finds it. An athlete has at most <see cref="MaxUnfinishedPerAthlete"/> uploads
/// waiting or running. A job is kept (<see cref="IImportJobStore"/>) when queued and when it ends, so its page and report
/// outlive a restart; finished jobs are forgotten after <see cref="KeepFinished"/>. Its progress in between is this
/// process's: one instance serves a data directory's uploads (several will need to share the running jobs too).
/// </summary>
public sealed class UploadQueue(TimeProvider clock, HybridCoach.Hosting.AthleteScopes scopes, IImportJobStore store)
{
    public const int MaxUnfinishedPerAthlete = 3;

    /// <summary>How long an upload's request waits for its import before showing its progress page (most single files take well under this).</summary>
    public static readonly TimeSpan DefaultInlineWait = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan KeepFinished = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, UploadWork> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<UploadWork> _waiting = Channel.CreateUnbounded<UploadWork>(new UnboundedChannelOptions { SingleReader = false });

    /// <summary>How long an upload's request waits for its import (<see cref="DefaultInlineWait"/> unless configured).</summary>
    public TimeSpan InlineWait { get; init; } = DefaultInlineWait;

    public ChannelReader<UploadWork> Waiting => _waiting.Reader;

    /// <summary>A new job id: 128 random bits in hex.</summary>
    private static string NewId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>
    /// Stages the files and queues their import into <paramref name="athlete"/>'s store; throws
    /// <see cref="UploadRefusedException"/> when the athlete already has <see cref="MaxUnfinishedPerAthlete"/> going.
    /// </summary>
    public async Task<ImportJob> SubmitAsync(string athlete, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (_jobs.Values.Count(w => w.Job.Athlete == athlete && !w.Job.Finished) >= MaxUnfinishedPerAthlete)
            throw new UploadRefusedException($"you already have {MaxUnfinishedPerAthlete} uploads being imported; wait until one has finished");
        var id = NewId();
        var streams = files.Select(f => new ImportUpload(f.FileName, f.OpenReadStream())).ToArray();
        try
        {
            return await EnqueueAsync(id, athlete, await StagedImport.WriteAsync(StagingRoot(scopes.DataDirectory), id, streams, cancellationToken),
                cancellationToken);
        }
        finally
        {
            foreach (var stream in streams) await stream.Content.DisposeAsync();
        }
    }

    /// <summary>Where uploads wait for their import: the data directory's `uploads`.</summary>
    public static string StagingRoot(string dataDirectory) => Path.Combine(dataDirectory, StagedImport.FolderName);

    private async Task<ImportJob> EnqueueAsync(string id, string athlete, StagedImport staging, CancellationToken cancellationToken)
    {
        await ForgetAsync(cancellationToken);
        var job = new ImportJob(id, athlete, staging.Names, clock.GetUtcNow());
        await store.SaveAsync(StoredImportJob.From(job), cancellationToken);
        var work = new UploadWork(job, staging);
        _jobs[id] = work;
        if (!_waiting.Writer.TryWrite(work)) throw new InvalidOperationException("the upload queue is closed");
        return job;
    }

    /// <summary>The athlete's job with that id as it is now — from this process while it knows it, else as kept — or null (no such job, or someone else's).</summary>
    public async Task<ImportJobStatus?> FindAsync(string id, string athlete, CancellationToken cancellationToken = default) =>
        _jobs.TryGetValue(id, out var work) && work.Job.Athlete == athlete ? work.Job.Status()
            : (await store.FindAsync(id, athlete, cancellationToken))?.Status;

    private async Task ForgetAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - KeepFinished;
        foreach (var (id, work) in _jobs)
            if (work.Job.FinishedUtc < cutoff) _jobs.TryRemove(id, out _);
        await store.ForgetEndedBeforeAsync(cutoff, cancellationToken);
    }
}
