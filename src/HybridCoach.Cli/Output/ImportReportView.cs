using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>The per-file result table and totals of an import, for people.</summary>
public static class ImportReportView
{
    public static void Render(IAnsiConsole console, ImportReport report)
    {
        var table = new Table().AddColumns("File", "Result", "Id", "Sport", "Start", "Distance", "Note");
        foreach (var row in report.Files)
        {
            table.AddRow(
                Markup.Escape(ShortName(row.SourcePath)),
                StatusMarkup(row.Status),
                row.ActivityId?.ToString() ?? "",
                row.Sport?.ToId() ?? "",
                row.StartTime is { } start ? Format.Start(start) : "",
                row.Distance is { } distance ? Format.Km(distance) : "",
                Markup.Escape(Note(row)));
        }
        console.Write(table);
        console.MarkupLineInterpolated($"[bold]{report.Imported}[/] imported, {report.Duplicates} duplicates, {report.Failed} failed, {report.Skipped} skipped of {report.Total}");
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
