using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// The coach's hands on the plan: `coach plan edit DATE --type easy --km 8 --reason …`, `coach plan move DATE --to DATE`,
/// `coach plan swap DATE DATE`, `coach plan cancel DATE`, each with `--reason` and `--by`; each stores a validated plan
/// version and locks the days it touched (<see cref="CoachSessionEdits"/>).
/// </summary>
public static class PlanEditCommands
{
    public static IEnumerable<Command> Create(CommandContextFactory contexts) => [Edit(contexts), Move(contexts), Swap(contexts), Cancel(contexts)];

    private static Option<string> Reason() => new("--reason") { Description = "Why (kept with the plan version and shown to the athlete)", Required = true };

    private static Option<string> By() => new("--by") { Description = "Who decides", DefaultValueFactory = _ => "coach" };

    private static Argument<string> Day(string name, string description) => new(name) { Description = description };

    private static Command Edit(CommandContextFactory contexts)
    {
        var date = Day("DATE", "The planned day, yyyy-mm-dd");
        var type = new Option<string>("--type") { Description = $"What the day becomes: {string.Join(", ", CoachSessionEdit.Types.Select(t => t.ToId()))}", Required = true };
        var km = new Option<string?>("--km") { Description = "Distance in km (default: the planned distance)" };
        var minutes = new Option<string?>("--minutes") { Description = "Time in minutes (recovery runs and cross-training; default: the planned time)" };
        var (reason, by) = (Reason(), By());
        var command = new Command("edit", "Rewrite a planned day (the coach's decision)") { date, type, km, minutes, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<CoachSessionEdits>().EditAsync(EntryText.ParseDate(parse.GetValue(date)!, "DATE"),
                SessionTypeIds.Parse(parse.GetValue(type)!, "--type"),
                parse.GetValue(km) is { } k ? AthleteText.ParseNumber(k, "--km") * 1000 : null,
                parse.GetValue(minutes) is { } m ? AthleteText.ParseNumber(m, "--minutes") * 60 : null,
                parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, result);
        });
        return command;
    }

    private static Command Move(CommandContextFactory contexts)
    {
        var date = Day("DATE", "The planned day whose session moves, yyyy-mm-dd");
        var to = new Option<string>("--to") { Description = "The rest day it moves to, yyyy-mm-dd", Required = true };
        var (reason, by) = (Reason(), By());
        var command = new Command("move", "Move a session to a rest day") { date, to, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<CoachSessionEdits>().MoveAsync(EntryText.ParseDate(parse.GetValue(date)!, "DATE"),
                EntryText.ParseDate(parse.GetValue(to)!, "--to"), parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, result);
        });
        return command;
    }

    private static Command Swap(CommandContextFactory contexts)
    {
        var first = Day("FIRST", "One planned day, yyyy-mm-dd");
        var second = Day("SECOND", "The other planned day, yyyy-mm-dd");
        var (reason, by) = (Reason(), By());
        var command = new Command("swap", "Swap the sessions of two days") { first, second, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<CoachSessionEdits>().SwapAsync(EntryText.ParseDate(parse.GetValue(first)!, "FIRST"),
                EntryText.ParseDate(parse.GetValue(second)!, "SECOND"), parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, result);
        });
        return command;
    }

    private static Command Cancel(CommandContextFactory contexts)
    {
        var date = Day("DATE", "The planned day, yyyy-mm-dd");
        var (reason, by) = (Reason(), By());
        var command = new Command("cancel", "Cancel a planned session (the day becomes rest)") { date, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<CoachSessionEdits>().CancelAsync(EntryText.ParseDate(parse.GetValue(date)!, "DATE"),
                parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, result);
        });
        return command;
    }

    private static int Write(CommandContext context, CoachEditResult result)
    {
        var json = CoachEditJson.From(result);
        if (context.Console.Json)
        {
            context.Console.WriteJson(json);
            return ExitCodes.Success;
        }
        var console = context.Console.Ansi;
        console.MarkupLineInterpolated($"Plan version {json.Version} stored:");
        foreach (var c in json.Changes)
            console.MarkupLineInterpolated($"  {c.Date}  {c.Kind}: {Describe(c.Before)} → {Describe(c.After)} — {c.Reason}");
        console.MarkupLineInterpolated($"Locked against automatic change: {string.Join(", ", json.Locked)} (`coach plan unlock DATE` releases a day)");
        return ExitCodes.Success;
    }

    private static string Describe(PlanDayJson? day) => day?.Title ?? "nothing";
}
