using HybridCoach.Application.Import;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// An upload being imported in the background: queued, running, done or failed; files done of the total found (null
/// until archives are opened); the report so far (in full once done, the `coach import --json` shape); why it stopped.
/// </summary>
public sealed record ImportJobJson(string Id, string State, IReadOnlyList<string> Uploaded, int Completed, int? Total, int Percent,
    ImportReportJson Report, string? Error)
{
    public static ImportJobJson From(ImportJobStatus status) => new(
        status.Id, status.State.ToString().ToLowerInvariant(), status.Uploaded, status.Completed, status.Total, status.Percent,
        ImportReportJson.From(status.Report), status.Error);

    /// <summary>The status this answer shows, read back from where uploads are kept (<see cref="IImportJobStore"/>).</summary>
    public ImportJobStatus ToStatus() => new(Id, Enum.Parse<ImportJobState>(State, ignoreCase: true), Uploaded, Completed, Total,
        new ImportReport([.. Report.Files.Select(f => f.ToResult())]), Error);
}
