namespace HybridCoach.Application.Import;

/// <summary>Where an import running in the background is: waiting its turn, importing, finished with a report, or stopped.</summary>
public enum ImportJobState
{
    Queued,
    Running,
    Done,
    Failed,
}
