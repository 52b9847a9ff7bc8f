using System.CommandLine;
using HybridCoach.Application.Import;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach import PATH... [--verbose]`: files, folders, .gz files, Garmin Connect and Strava export zips; `coach import -
/// --name export.zip` reads one from standard input. One summary
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
        var name = new Option<string?>("--name") { Description = "With PATH '-': the file name of what comes on standard input (e.g. export.zip, run.fit.gz)" };
        var command = new Command("import", "Import activity files, folders, Garmin Connect or Strava exports ('-' reads standard input)") { paths, salvage, verbose, name };
        command.SetAction((parse, cancel) =>
        {
            var given = parse.GetValue(paths)!;
            var stdinName = StandardInputName(given, parse.GetValue(name));
            return RunAsync(contexts.Create(parse), given, stdinName, parse.GetValue(salvage), parse.GetValue(verbose), cancel);
        });
        return command;
    }

    /// <summary>The name of the standard input's file when PATH is '-' (then --name is required: it says whether it is a zip), else null.</summary>
    private static string? StandardInputName(string[] paths, string? name)
    {
        if (!paths.Contains("-")) return name is null ? null : throw new CliInputException($"--name '{name}': only with PATH '-' (standard input)");
        if (paths.Length > 1) throw new CliInputException("PATH '-' (standard input) cannot be mixed with other paths");
        return string.IsNullOrWhiteSpace(name)
            ? throw new CliInputException("PATH '-' reads standard input: give its file name with --name (e.g. --name export.zip), which says whether it is a zip")
            : name;
    }

    private static async Task<int> RunAsync(CommandContext context, string[] paths, string? stdinName, bool salvage, bool verbose, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var import = services.GetRequiredService<ImportService>();
        var options = new ImportOptions(salvage);
        Func<IProgress<ImportProgress>?, Task<ImportReport>> run = stdinName is null
            ? progress => import.ImportAsync(paths, options, progress, cancel)
            : progress => FromStandardInputAsync(import, stdinName, options, progress, cancel);
        var report = context.Console.CanShowProgress
            ? await WithProgressBarAsync(context.Console.Ansi, progress => run(progress))
            : await run(null);
        Show(context.Console, report, verbose);
        return report.Total == 0 || report.Imported + report.Duplicates == 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Standard input imported as one file named <paramref name="name"/>, staged in a private temporary folder removed afterwards.</summary>
    private static async Task<ImportReport> FromStandardInputAsync(ImportService import, string name, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancel)
    {
        var root = Directory.CreateTempSubdirectory("hybridcoach-stdin-").FullName;
        try
        {
            await using var input = Console.OpenStandardInput();
            return await import.ImportAsync([new ImportUpload(name, input)], root, options, progress, cancel);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
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
