using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach agreement [--from --to] [--by athlete|coach]`: the engine's latest call against the journal's latest
/// verdict for each day — confusion matrix (rows: engine, columns: human), agreement rate and Cohen's kappa.
/// </summary>
public static class AgreementCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "First day, yyyy-mm-dd" };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-mm-dd" };
        var by = new Option<string?>("--by") { Description = "Only this author's verdicts: athlete or coach (default: both, latest per day)" };
        var command = new Command("agreement", "How often the engine and the human made the same call: matrix, rate, Cohen's kappa") { from, to, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var first = parse.GetValue(from) is { } f ? EntryText.ParseDate(f, "--from") : (DateOnly?)null;
            var last = parse.GetValue(to) is { } t ? EntryText.ParseDate(t, "--to") : (DateOnly?)null;
            var author = parse.GetValue(by) is { } b ? JournalCommand.ParseAuthor(b) : (Application.Journal.JournalAuthor?)null;
            if (first > last) throw new CliInputException($"--from {first:yyyy-MM-dd}: after --to {last:yyyy-MM-dd}");
            await using var services = context.OpenServices();
            var report = await services.GetRequiredService<ComputeAgreement>().ComputeAsync(first, last, author, cancel);
            var json = AgreementJson.From(report);
            if (context.Console.Json) context.Console.WriteJson(json);
            else Render(context.Console.Ansi, json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, AgreementJson report)
    {
        var table = new Table().Title("Engine (rows) × human (columns), days").AddColumn("engine \\ human");
        foreach (var id in report.Categories) table.AddColumn(id);
        foreach (var row in report.Matrix)
            table.AddRow([row.Engine, .. row.Human.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        console.Write(table);
        console.MarkupLineInterpolated($"Agreement: {report.Agreed} of {report.Compared} days ({Format.Number(report.AgreementRate * 100, "0.0")} %), Cohen's kappa {Format.Number(report.Kappa, "0.000")}");
        console.MarkupLineInterpolated($"Journal days without a decision: {report.JournalDaysWithoutDecision}");
    }
}
