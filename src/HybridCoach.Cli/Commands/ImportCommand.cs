using System.CommandLine;
using HybridCoach.Application.Import;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach import PATH... [--verbose]`: files, folders, .gz files, Garmin Connect and Strava export zips. One summary
/// line (every file's row with --verbose); each bad file is one line on stderr; files that are not activities (routes,
/// monitoring, settings, weight) are skipped, not failed. The exit code is non-zero only when nothing could be imported.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or export zips", Arity = ArgumentArity.OneOrMore };
        var salvage = new Option<bool>("--salvage") { Description = "Import what decodes before a fault in a damaged file (marked with a warning)" };
        var verbose = new Option<bool>("--verbose") { Description = "List every file with its result, not only the summary and the failures" };
        var command = new Command("import", "Import activity files, folders, Garmin Connect or Strava exports") { paths, salvage, verbose };
        command.SetAction((parse, cancel) => RunAsync(contexts.Create(parse), parse.GetValue(paths)!, parse.GetValue(salvage), parse.GetValue(verbose), cancel));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string[] paths, bool salvage, bool verbose, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var import = services.GetRequiredService<ImportService>();
        var options = new ImportOptions(salvage);
        var report = context.Console.CanShowProgress
            ? await WithProgressBarAsync(context.Console.Ansi, progress => import.ImportAsync(paths, options, progress, cancel))
            : await import.ImportAsync(paths, options, null, cancel);
        Show(context.Console, report, verbose);
        return report.Total == 0 || report.Imported + report.Duplicates == 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void Show(CliConsole console, ImportReport report, bool verbose)
    {
        if (console.Json) console.WriteJson(ImportReportJson.From(report));
        else ImportReportView.Render(console.Ansi, report, verbose);
        foreach (var failed in report.Files.Where(f => f.Status == ImportStatus.Failed)) console.Error(failed.Reason ?? failed.SourcePath);
        if (report.Total == 0) console.Error("coach import: no activity files found");
    }

    private static Task<ImportReport> WithProgressBarAsync(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<ImportReport>> import) =>
        console.Progress().AutoClear(true).StartAsync(async progressContext =>
        {
            var task = progressContext.AddTask("Importing");
            var progress = new Progress<ImportProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Completed;
                task.Description = TerminalText.Cell(Path.GetFileName(p.Last.SourcePath));
            });
            return await import(progress);
        });
}
