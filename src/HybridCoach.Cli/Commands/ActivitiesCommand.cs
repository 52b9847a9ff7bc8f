using System.CommandLine;
using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Activities;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach activities [--from D] [--to D] [--sport S] [--limit N] [--date D]`: the stored activities, newest first;
/// those starting after the as-of date (--date, default today) are left out.
/// </summary>
public static class ActivitiesCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "First day (yyyy-mm-dd, inclusive)" };
        var to = new Option<string?>("--to") { Description = "Last day (yyyy-mm-dd, inclusive)" };
        var sport = new Option<string?>("--sport") { Description = "run, trail_run, treadmill_run, walk, hike, ride, swim, row, strength, ..." };
        var limit = new Option<int?>("--limit") { Description = "At most this many (newest first)" };
        var command = new Command("activities", "List stored activities, newest first") { from, to, sport, limit };
        command.SetAction((parse, cancel) => RunAsync(contexts.Create(parse), Query(parse, from, to, sport, limit, contexts), cancel));
        return command;
    }

    private static ActivityQuery Query(ParseResult parse, Option<string?> from, Option<string?> to, Option<string?> sport, Option<int?> limit, CommandContextFactory contexts)
    {
        var offset = contexts.LocalUtcOffset;
        var fromDate = parse.GetValue(from) is { } f ? EntryText.ParseDate(f, "--from") : (DateOnly?)null;
        var toDate = parse.GetValue(to) is { } t ? EntryText.ParseDate(t, "--to") : (DateOnly?)null;
        if (parse.GetValue(limit) is < 1) throw new CliInputException("--limit: must be 1 or more");
        return new ActivityQuery(
            fromDate is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), offset) : null,
            toDate is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), offset) : null,
            parse.GetValue(sport) is { } s ? EntryText.ParseSport(s, "--sport") : null,
            parse.GetValue(limit), IncludeImplausible: true);
    }

    private static async Task<int> RunAsync(CommandContext context, ActivityQuery query, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var items = await services.GetRequiredService<IActivityStore>().ListAsOfAsync(query, context.AsOf, cancel);
        if (context.Console.Json)
        {
            context.Console.WriteJson(new ActivityListJson(items.Count, items.Select(i => ActivityJson.From(i.Id, i.Summary, i.Source)).ToArray()));
            return ExitCodes.Success;
        }
        var table = new Table().AddColumns("Id", "Start", "Sport", "Name", "Distance", "Time", "Pace / speed", "Avg HR");
        foreach (var item in items)
        {
            var s = item.Summary;
            table.AddRow(item.Id.ToString(), Format.Start(s.StartTime), s.Sport.ToId(), TerminalText.Cell(s.Name ?? ""), Format.Km(s.Distance),
                Format.Time(s.TimerTime), Format.PaceOrSpeed(s.AverageSpeed, s.Sport), Format.Bpm(s.AverageHeartRate));
        }
        context.Console.Ansi.Write(table);
        context.Console.Ansi.MarkupLine($"{items.Count} activities");
        return ExitCodes.Success;
    }
}
