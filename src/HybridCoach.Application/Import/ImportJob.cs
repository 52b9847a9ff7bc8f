namespace HybridCoach.Application.Import;

/// <summary>
/// One import running in the background for one athlete (a large export takes minutes): its progress as
/// <see cref="ImportService"/> reports it file by file, its report when done, or why it stopped. Safe to read from one
/// thread while another imports; <see cref="WaitAsync"/> lets a caller wait a little for a small import to finish.
/// </summary>
public sealed class ImportJob(string id, string athlete, IReadOnlyList<string> uploaded, DateTimeOffset createdUtc)
{
    private readonly Lock _gate = new();
    private readonly List<ImportFileResult> _rows = [];
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImportJobState _state = ImportJobState.Queued;
    private int? _total;
    private string? _error;

    public string Id { get; } = id;

    /// <summary>The athlete whose store the files go into; nobody else may see the job.</summary>
    public string Athlete { get; } = athlete;

    public DateTimeOffset CreatedUtc { get; } = createdUtc;

    public DateTimeOffset? FinishedUtc { get; private set; }

    /// <summary>Done or stopped (read without copying the rows, as <see cref="Status"/> does).</summary>
    public bool Finished
    {
        get
        {
            lock (_gate) return _state is ImportJobState.Done or ImportJobState.Failed;
        }
    }

    public void Start()
    {
        lock (_gate) _state = ImportJobState.Running;
    }

    /// <summary>One more file done (<see cref="ImportService"/>'s progress), with its row.</summary>
    public void Report(ImportProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        lock (_gate)
        {
            _total = progress.Total;
            _rows.Add(progress.Last);
        }
    }

    public void Finish(ImportReport report, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            _rows.Clear();
            _rows.AddRange(report.Files);
            _total = report.Total;
            _state = ImportJobState.Done;
            FinishedUtc = nowUtc;
        }
        _finished.TrySetResult();
    }

    /// <summary>Stopped before the end (the store failed, the server stopped): the rows so far stay, stored as they are.</summary>
    public void Fail(string error, DateTimeOffset nowUtc)
    {
        lock (_gate)
        {
            _state = ImportJobState.Failed;
            _error = error;
            FinishedUtc = nowUtc;
        }
        _finished.TrySetResult();
    }

    public ImportJobStatus Status()
    {
        lock (_gate) return new ImportJobStatus(Id, _state, uploaded, _rows.Count, _total, new ImportReport([.. _rows]), _error);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the job to finish; true when it has.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            await _finished.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
