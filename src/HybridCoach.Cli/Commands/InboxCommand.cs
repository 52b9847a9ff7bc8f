using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Inbox;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach inbox`: every athlete's open alerts and pending proposals in the data directory, most urgent first, each with its latest narration.</summary>
public static class InboxCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("inbox", "Alerts and proposals waiting for the coach, across all athletes, most urgent first");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var items = await services.GetRequiredService<CoachInbox>().ReadAsync(cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new InboxJson(items.Count, [.. items.Select(InboxItemJson.From)]));
                return ExitCodes.Success;
            }
            if (items.Count == 0)
            {
                context.Console.Ansi.MarkupLine("The inbox is empty.");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn("Ref").AddColumn("Urgency").AddColumn("Kind").AddColumn("Date").AddColumn("Summary");
            foreach (var i in items)
            {
                table.AddRow(TerminalText.Cell($"{i.Athlete}:{i.Id}"), i.Urgency.ToString(CultureInfo.InvariantCulture), TerminalText.Cell(i.Kind),
                    RecoverySignalsJson.DateText(i.Date), TerminalText.Cell(i.Summary + "\n" + string.Join("\n", i.Evidence.Select(e => "· " + e))
                        + (i.Narrative is { } n ? $"\n» {n.Text} ({n.Source}, narration {n.Id})" : "")));
            }
            context.Console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
