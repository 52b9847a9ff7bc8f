using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Restrictions;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Restrictions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach hold place --kind no-running|no-training|no-hard-sessions|max-weekly-distance [--km N] [--from D] [--until D] --reason "…" [--by NAME]`,
/// `coach hold lift h3 --reason "…"`, `coach hold list`: the coach's holds on the athlete (--athlete), each recorded with who and why.
/// </summary>
public static class HoldCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("hold", "The coach's holds: no training, no running, no hard sessions, or a weekly distance cap") { Place(contexts), Lift(contexts), List(contexts) };

    private static Command Place(CommandContextFactory contexts)
    {
        var kind = new Option<string>("--kind") { Description = $"One of {string.Join(", ", HoldKinds.HoldIds)}", Required = true };
        var km = new Option<string?>("--km") { Description = "The weekly running cap in km (max_weekly_distance)" };
        var from = new Option<string?>("--from") { Description = "First day (default: --date or today)" };
        var until = new Option<string?>("--until") { Description = "Last day, inclusive (default: until lifted)" };
        var reason = new Option<string>("--reason") { Description = "Why (shown to the athlete)", Required = true };
        var by = new Option<string>("--by") { Description = "Who places it", DefaultValueFactory = _ => "coach" };
        var command = new Command("place", "Place a hold on the athlete") { kind, km, from, until, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var hold = await services.GetRequiredService<ManageHolds>().PlaceAsync(HoldKinds.ParseHold(parse.GetValue(kind), "--kind"),
                Date(parse.GetValue(from), "--from"), Date(parse.GetValue(until), "--until"),
                parse.GetValue(km) is { } k ? Application.Athletes.AthleteText.ParseNumber(k, "--km") : null,
                parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, hold, "placed");
        });
        return command;
    }

    private static Command Lift(CommandContextFactory contexts)
    {
        var id = new Argument<string>("HOLD") { Description = "The hold's id (h3), as `coach hold list` shows" };
        var reason = new Option<string>("--reason") { Description = "Why it is lifted", Required = true };
        var by = new Option<string>("--by") { Description = "Who lifts it", DefaultValueFactory = _ => "coach" };
        var command = new Command("lift", "Lift a hold from the as-of day on") { id, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var hold = await services.GetRequiredService<ManageHolds>().LiftAsync(parse.GetValue(id)!, parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            return Write(context, hold, "lifted");
        });
        return command;
    }

    private static Command List(CommandContextFactory contexts)
    {
        var command = new Command("list", "Every hold, placed and lifted");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var holds = await services.GetRequiredService<ManageHolds>().ListAsync(cancel);
            if (context.Console.Json) context.Console.WriteJson(holds.Select(HoldJson.From).ToArray());
            else if (holds.Count == 0) context.Console.Ansi.MarkupLine("No holds.");
            else foreach (var h in holds) context.Console.Ansi.MarkupLineInterpolated($"{Line(HoldJson.From(h))}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Write(CommandContext context, StoredHold hold, string what)
    {
        var json = HoldJson.From(hold);
        if (context.Console.Json) context.Console.WriteJson(json);
        else context.Console.Ansi.MarkupLineInterpolated($"Hold {what}: {Line(json)}");
        return ExitCodes.Success;
    }

    public static string Line(HoldJson h) =>
        $"{h.Id} {h.Kind}{(h.MaxWeeklyKm is { } km ? $" {km:0.#} km/week" : "")} from {h.Starts} {(h.Until is { } u ? $"until {u}" : "until lifted")}: \"{h.Reason}\" (by {h.PlacedBy})"
        + (h.LiftedOn is { } l ? $"; lifted from {l} by {h.LiftedBy}: \"{h.LiftReason}\"" : "");

    private static DateOnly? Date(string? text, string name) => text is null ? null : EntryText.ParseDate(text, name);
}
