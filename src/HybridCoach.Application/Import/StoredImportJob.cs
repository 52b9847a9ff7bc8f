namespace HybridCoach.Application.Import;

/// <summary>A background import as kept (<see cref="IImportJobStore"/>): whose it is, its state and report, when it was queued and when it ended.</summary>
public sealed record StoredImportJob(string Athlete, ImportJobStatus Status, DateTimeOffset CreatedUtc, DateTimeOffset? FinishedUtc)
{
    public static StoredImportJob From(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Athlete, job.Status(), job.CreatedUtc, job.FinishedUtc);
    }
}
