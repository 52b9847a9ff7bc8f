using System.CommandLine;
using HybridCoach.Application.Journal;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Guardrails;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach journal add --date D --my-call REDUCE_VOLUME [--note] [--by athlete|coach]` and `coach journal list
/// [--from --to]`: what the athlete or their coach would have decided, to compare with the engine (`coach agreement`).
/// </summary>
public static class JournalCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("journal", "The athlete's (or coach's) own call for a day, beside the engine's") { CreateAdd(contexts), CreateList(contexts) };

    private static Command CreateAdd(CommandContextFactory contexts)
    {
        var date = new Option<string?>("--date") { Description = "The day, yyyy-mm-dd (default: today)" };
        var myCall = new Option<string>("--my-call") { Description = $"Your call: {string.Join(", ", RecommendationIds.All)}", Required = true };
        var note = new Option<string?>("--note") { Description = "Why (free text)" };
        var by = new Option<string?>("--by") { Description = "athlete (default) or coach" };
        var command = new Command("add", "Record your own call for a day") { date, myCall, note, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var day = parse.GetValue(date) is { } d ? EntryText.ParseDate(d, "--date") : context.Today;
            var call = RecommendationIds.Parse(parse.GetValue(myCall)!, "--my-call");
            var entry = new JournalEntry(0, day, call, parse.GetValue(note), ParseAuthor(parse.GetValue(by)), default);
            await using var services = context.OpenServices();
            var stored = await services.GetRequiredService<AddJournalEntry>().AddAsync(entry, cancel);
            if (context.Console.Json) context.Console.WriteJson(JournalEntryJson.From(stored));
            else Render(context.Console.Ansi, [JournalEntryJson.From(stored)]);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "First day, yyyy-mm-dd" };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-mm-dd" };
        var command = new Command("list", "List journal entries, oldest first") { from, to };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var first = parse.GetValue(from) is { } f ? EntryText.ParseDate(f, "--from") : (DateOnly?)null;
            var last = parse.GetValue(to) is { } t ? EntryText.ParseDate(t, "--to") : (DateOnly?)null;
            await using var services = context.OpenServices();
            var entries = (await services.GetRequiredService<IJournalStore>().ListAsync(first, last, cancel)).Select(JournalEntryJson.From).ToArray();
            if (context.Console.Json) context.Console.WriteJson(new JournalListJson(entries.Length, entries));
            else Render(context.Console.Ansi, entries);
            return ExitCodes.Success;
        });
        return command;
    }

    public static JournalAuthor ParseAuthor(string? text) => (text ?? "athlete").Trim().ToLowerInvariant() switch
    {
        "athlete" => JournalAuthor.Athlete,
        "coach" => JournalAuthor.Coach,
        _ => throw new CliInputException($"--by '{text}': expected athlete or coach"),
    };

    private static void Render(IAnsiConsole console, IReadOnlyList<JournalEntryJson> entries)
    {
        var table = new Table().AddColumns("Id", "Day", "Call", "By", "Note");
        foreach (var e in entries)
            table.AddRow(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Date, e.MyCall, e.Author, TerminalText.Cell(e.Note ?? ""));
        console.Write(table);
    }
}
