namespace HybridCoach.Application.Import;

/// <summary>
/// Where background imports are kept beyond the process that ran them, so an upload's page and its report outlive a
/// restart. A job is saved when it is queued and when it ends; its progress in between lives with the process.
/// </summary>
public interface IImportJobStore
{
    /// <summary>Saves the job as it is now, replacing what was saved for its id.</summary>
    Task SaveAsync(StoredImportJob job, CancellationToken cancellationToken = default);

    /// <summary>The athlete's job with that id; null when there is none, or it is another athlete's.</summary>
    Task<StoredImportJob?> FindAsync(string id, string athlete, CancellationToken cancellationToken = default);

    /// <summary>Every job saved as queued or running ends as stopped with <paramref name="error"/> (at start-up: no process runs them any more); returns how many.</summary>
    Task<int> StopUnfinishedAsync(string error, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Forgets the jobs that ended before <paramref name="cutoffUtc"/>; returns how many.</summary>
    Task<int> ForgetEndedBeforeAsync(DateTimeOffset cutoffUtc, CancellationToken cancellationToken = default);
}
