using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Races;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Racing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach race add --date --name --distance --priority A|B|C`, `coach race list`, `coach race remove ID`: the race calendar.</summary>
public static class RaceCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("race", "The race calendar (the guardrails taper before and recover after races)") { CreateAdd(contexts), CreateList(contexts), CreateRemove(contexts) };

    private static Command CreateAdd(CommandContextFactory contexts)
    {
        var date = new Option<string>("--date") { Description = "Race day, yyyy-mm-dd", Required = true };
        var name = new Option<string>("--name") { Description = "Race name", Required = true };
        var distance = new Option<string>("--distance") { Description = "Distance, e.g. 10k, 21.1km, half, marathon", Required = true };
        var priority = new Option<string>("--priority") { Description = "A (goal race), B (tune-up) or C (trained through)", DefaultValueFactory = _ => "B" };
        var command = new Command("add", "Add a race to the calendar") { date, name, distance, priority };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var race = new RaceEntry(EntryText.ParseDate(parse.GetValue(date)!, "--date"), parse.GetValue(name)!,
                DistanceText.Parse(parse.GetValue(distance)!, "--distance"), ParsePriority(parse.GetValue(priority)));
            await using var services = context.OpenServices();
            var id = await services.GetRequiredService<IRaceCalendar>().AddAsync(race, cancel);
            var json = RaceJson.From(new StoredRace(id, race));
            if (context.Console.Json) context.Console.WriteJson(json);
            else Render(context.Console.Ansi, [json]);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList(CommandContextFactory contexts)
    {
        var command = new Command("list", "List the calendar's races by date");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var races = (await services.GetRequiredService<IRaceCalendar>().ListAsync(null, null, cancel)).Select(RaceJson.From).ToArray();
            if (context.Console.Json) context.Console.WriteJson(new RaceListJson(races.Length, races));
            else Render(context.Console.Ansi, races);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRemove(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The race id (see `coach race list`)" };
        var command = new Command("remove", "Remove a race from the calendar") { id };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var text = parse.GetValue(id);
            if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var raceId))
                throw new CliInputException($"race id '{text}': expected a positive whole number");
            await using var services = context.OpenServices();
            if (!await services.GetRequiredService<IRaceCalendar>().RemoveAsync(raceId, cancel))
                throw new Application.Errors.NotFoundException($"race id {raceId}: no such race (see `coach race list`)");
            if (context.Console.Json) context.Console.WriteJson(new RaceRemovedJson(raceId));
            else context.Console.Ansi.MarkupLineInterpolated($"Removed race {raceId}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static RacePriority ParsePriority(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "A" => RacePriority.A,
        "B" => RacePriority.B,
        "C" => RacePriority.C,
        _ => throw new CliInputException($"--priority '{text}': expected A, B or C"),
    };

    private static void Render(IAnsiConsole console, IReadOnlyList<RaceJson> races)
    {
        var table = new Table().AddColumns("Id", "Date", "Name", "Distance", "Priority");
        foreach (var r in races)
            table.AddRow(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Date, TerminalText.Cell(r.Name), Format.Km(new Domain.Units.Distance(r.DistanceM)), r.Priority);
        console.Write(table);
    }
}
