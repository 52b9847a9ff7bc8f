using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Summaries;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach checkin --week D --effort N --fatigue N [--niggle site:side:severity ...] [--notes] [--request] [--unavailable]
/// [--travel-week] [--add-race] [--feeling-strong]`: stores the weekly check-in, prints the alerts raised for the coach
/// and where the oversight policy sent the plan's adaptation, each with its narration, then the week's review (what changed, why, what next).
/// </summary>
public static class CheckInCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var week = new Option<string>("--week") { Description = "First day of the week the check-in covers (yyyy-mm-dd)", Required = true };
        var effort = new Option<string>("--effort") { Description = "How hard the week felt, 1-10", Required = true };
        var fatigue = new Option<string>("--fatigue") { Description = "How tired you are, 1-10", Required = true };
        var niggles = new Option<string[]>("--niggle") { Description = "A niggle as site:side:severity, e.g. calf:left:3 (repeatable)", AllowMultipleArgumentsPerToken = false };
        var notes = new Option<string?>("--notes") { Description = "Free-text notes for the coach" };
        var request = new Option<string?>("--request") { Description = "What you would like to change, in words" };
        var unavailable = new Option<string?>("--unavailable") { Description = "Days you cannot train, comma-separated yyyy-mm-dd" };
        var travel = new Option<bool>("--travel-week") { Description = "Travelling this week" };
        var race = new Option<string?>("--add-race") { Description = "A race to add: \"date,name,distance,priority\"" };
        var strong = new Option<bool>("--feeling-strong") { Description = "Feeling strong: open to a little more" };
        var command = new Command("checkin", "Weekly check-in: effort, fatigue, niggles, notes and requests; raises alerts and adapts the plan")
        {
            week, effort, fatigue, niggles, notes, request, unavailable, travel, race, strong,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var adjustment = new AdjustmentRequest(parse.GetValue(request), CheckInInput.Days(parse.GetValue(unavailable)), parse.GetValue(travel),
                parse.GetValue(race) is { } r ? CheckInInput.Race(r) : null, parse.GetValue(strong));
            var checkIn = new CheckIn(EntryText.ParseDate(parse.GetValue(week)!, "--week"), CheckInInput.Score(parse.GetValue(effort)!, "--effort"),
                CheckInInput.Score(parse.GetValue(fatigue)!, "--fatigue"), [.. (parse.GetValue(niggles) ?? []).Select(CheckInInput.Niggle)], parse.GetValue(notes), adjustment);
            await using var services = context.OpenServices();
            var outcome = await services.GetRequiredService<SubmitCheckIn>().SubmitAsync(checkIn, context.AsOf, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(CheckInJson.From(outcome));
                return ExitCodes.Success;
            }
            Render(context.Console.Ansi, checkIn, outcome.Result);
            context.Console.Ansi.WriteLine();
            context.Console.Ansi.MarkupLine("[bold]Weekly review[/]");
            SummaryView.Render(context.Console.Ansi, outcome.Summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CheckIn checkIn, CheckInResult result)
    {
        console.MarkupLineInterpolated($"Check-in {result.CheckInId} stored for the week of {checkIn.WeekStart:yyyy-MM-dd}.");
        if (result.Escalations.Count == 0) console.MarkupLine("No new alert for the coach.");
        foreach (var e in result.Escalations)
        {
            console.MarkupLineInterpolated($"[bold]alert {CoachingIds.Escalation(e.Id)}[/] {e.Kind} (urgency {e.Urgency}): {e.Summary}");
            CoachingView.RenderNarrative(console, result.AlertNarratives.GetValueOrDefault(e.Id), "  ");
        }
        if (result.Escalations.Any(e => Application.Restrictions.FlagKinds.IsFlag(e.Kind)))
            console.MarkupLine("[bold]Your coach has been alerted. Until they clear it, the daily call holds you back[/] (see `coach state` and `coach today`).");
        if (result.FeelingStrong is { } strong) console.MarkupLineInterpolated($"Feeling strong: {strong}.");
        if (result.Unavailable is { } calendar)
        {
            console.MarkupLine("[bold]Days you cannot train[/] (applied at once):");
            CoachingView.RenderOutcome(console, calendar);
        }
        if (result.Adaptation is not { } outcome)
        {
            console.MarkupLine(result.Unavailable is null ? "The plan stays as it is." : "Nothing else in the check-in changes the plan.");
            return;
        }
        CoachingView.RenderOutcome(console, outcome);
    }
}
