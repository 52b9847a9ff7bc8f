using System.CommandLine;
using HybridCoach.Application.CsvLog;
using HybridCoach.Application.Import;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach import-log FILE.csv`: a training log kept as CSV (docs/csv-log.md).</summary>
public static class ImportLogCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV training log (see docs/csv-log.md)" };
        var command = new Command("import-log", "Import a CSV training log (runs without a device)") { file };
        command.SetAction((parse, cancel) => RunAsync(contexts.Create(parse), parse.GetValue(file)!, cancel));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string path, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var report = await services.GetRequiredService<ImportCsvLog>().ImportAsync(path, context.LocalUtcOffset, cancel);
        if (context.Console.Json) context.Console.WriteJson(ImportReportJson.From(report));
        else ImportReportView.Render(context.Console.Ansi, report);
        foreach (var failed in report.Files.Where(f => f.Status == ImportStatus.Failed)) context.Console.Error(failed.Reason ?? failed.SourcePath);
        return report.Imported + report.Duplicates == 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
