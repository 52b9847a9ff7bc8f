namespace HybridCoach.Application.Import;

/// <summary>
/// A moment of an <see cref="ImportJob"/>: its state, the files uploaded, how many found files are done of how many
/// (<see cref="Total"/> is known once archives are opened), the rows so far (the whole report once done) and, when it
/// stopped, why.
/// </summary>
public sealed record ImportJobStatus(
    string Id,
    ImportJobState State,
    IReadOnlyList<string> Uploaded,
    int Completed,
    int? Total,
    ImportReport Report,
    string? Error)
{
    public bool Finished => State is ImportJobState.Done or ImportJobState.Failed;

    /// <summary>Done of total in percent (0 until the total is known).</summary>
    public int Percent => Total is > 0 and var total ? (int)Math.Round(100.0 * Completed / total) : Finished ? 100 : 0;
}
