using HybridCoach.Application.Import;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach import --json`: totals and one row per file.</summary>
public sealed record ImportReportJson(int Total, int Imported, int Duplicates, int Failed, int Skipped, IReadOnlyList<ImportFileJson> Files)
{
    public static ImportReportJson From(ImportReport report) => new(
        report.Total, report.Imported, report.Duplicates, report.Failed, report.Skipped,
        report.Files.Select(ImportFileJson.From).ToArray());
}
