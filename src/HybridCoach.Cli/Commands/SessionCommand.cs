using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Summaries;
using HybridCoach.Cli.Output;
using HybridCoach.Formats.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach session [DATE]`: the planned session of the day (default: the as-of day) from the newest plan, fully —
/// title, type, distance, time, zone, every step, its purpose, the microcycle's phase and focus, the goal race and
/// days to go — and its coaching note. No plan → "no plan yet: generate one first" (exit 3, as
/// `coach plan show`); a day outside the plan → exit 1 naming the date. Every run appends a narration record.
/// </summary>
public static class SessionCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var date = new Argument<string?>("DATE") { Description = "The day (yyyy-mm-dd; default: --date or today)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("session", "The planned session of a day in full, with its coaching note") { date };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var day = parse.GetValue(date) is { } text ? EntryText.ParseDate(text, "DATE") : context.AsOf;
            await using var services = context.OpenServices();
            var note = await services.GetRequiredService<DescribeSession>().DescribeAsync(day, context.AsOf, cancel);
            if (context.Console.Json) context.Console.WriteJson(SessionJson.From(note));
            else Render(context.Console.Ansi, note);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, SessionNote note)
    {
        var (s, units, brief) = (note.Day.Session, note.Day.Units, note.Brief);
        console.MarkupLineInterpolated($"[bold]{s.Date:ddd yyyy-MM-dd}: {PrescriptionFormat.Title(s, units)}[/]{(s.Hard ? " (hard)" : "")}");
        if (note.InForce.Changed)
        {
            console.MarkupLineInterpolated($"[bold]Changed by the day's call {note.InForce.Call.ToId()}[/] (planned: {PrescriptionFormat.Title(note.InForce.Planned, units)})");
            foreach (var reason in note.InForce.Reasons) console.MarkupLineInterpolated($"  {reason}");
        }
        console.MarkupLineInterpolated($"{PrescriptionFormat.TypeName(s.Type)} · {PrescriptionFormat.Distance(s.DistanceM, units)} · {PrescriptionFormat.Time(s.DurationS)}{(s.ZoneId is { } z ? " · " + z : "")}");
        foreach (var step in brief.Session.Steps) console.MarkupLineInterpolated($"  {step}");
        foreach (var exercise in s.Exercises) console.MarkupLineInterpolated($"  {exercise.Name}");
        console.MarkupLineInterpolated($"Purpose: {s.Purpose}");
        console.MarkupLineInterpolated($"Microcycle {note.Cycle.Index}: {brief.Phase}, {brief.Focus}{(brief.RecoveryMicrocycle ? " (recovery)" : "")}");
        var toGo = brief.DaysToGoalRace is { } d ? $", {d} day(s) to go" : "";
        console.MarkupLineInterpolated($"Goal race: {note.GoalRace.Name} on {note.GoalRace.Date:yyyy-MM-dd}{toGo}");
        foreach (var request in note.Requests) console.MarkupLineInterpolated($"{RequestJson.Line(request)}");
        console.MarkupLineInterpolated($"{note.Narration.Text}");
        console.MarkupLineInterpolated($"[grey]narration {note.Narration.AuditId} · {note.Narration.Source}[/]");
        console.MarkupLineInterpolated($"For the day's call (proceed, reduce, rest) run `coach today --date {s.Date:yyyy-MM-dd}`.");
    }
}
