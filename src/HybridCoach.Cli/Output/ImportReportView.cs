using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>
/// An import for people: one summary line (imported, duplicates, failed, skipped and why) — the failures themselves go to
/// stderr, one line each — and, with <c>verbose</c>, the table of every file first.
/// </summary>
public static class ImportReportView
{
    public static void Render(IAnsiConsole console, ImportReport report, bool verbose = true)
    {
        if (verbose) RenderTable(console, report);
        console.MarkupLineInterpolated($"[bold]{report.Imported}[/] imported, {report.Duplicates} duplicates, {report.Failed} failed, {Skipped(report)} of {report.Total}");
    }

    /// <summary>"4 skipped (3 not activities)": files that are routes, monitoring, settings or weight files are counted apart.</summary>
    private static string Skipped(ImportReport report)
    {
        var notActivities = report.NotActivities;
        return notActivities == 0 ? $"{report.Skipped} skipped" : $"{report.Skipped} skipped ({notActivities} not {(notActivities == 1 ? "an activity" : "activities")})";
    }

    private static void RenderTable(IAnsiConsole console, ImportReport report)
    {
        var table = new Table().AddColumns("File", "Result", "Id", "Sport", "Start", "Distance", "Note");
        foreach (var row in report.Files)
        {
            table.AddRow(
                TerminalText.Cell(ShortName(row.SourcePath)),
                StatusMarkup(row.Status),
                row.ActivityId?.ToString() ?? "",
                row.Sport?.ToId() ?? "",
                row.StartTime is { } start ? Format.Start(start) : "",
                row.Distance is { } distance ? Format.Km(distance) : "",
                TerminalText.Cell(Note(row)));
        }
        console.Write(table);
    }

    private static string StatusMarkup(ImportStatus status) => status switch
    {
        ImportStatus.Imported => "[green]imported[/]",
        ImportStatus.Duplicate => "[yellow]duplicate[/]",
        ImportStatus.Failed => "[red]failed[/]",
        _ => "[grey]skipped[/]",
    };

    // The reason already names the file; the table shows it beside the file, so drop the repetition.
    private static string Note(ImportFileResult row)
    {
        var reason = row.Reason ?? "";
        var prefix = row.SourcePath + ": ";
        return reason.StartsWith(prefix, StringComparison.Ordinal) ? reason[prefix.Length..] : reason;
    }

    private static string ShortName(string path)
    {
        var inArchive = path.LastIndexOf("!/", StringComparison.Ordinal);
        return inArchive >= 0 ? Path.GetFileName(path[..inArchive]) + "!/" + path[(inArchive + 2)..] : Path.GetFileName(path);
    }
}
