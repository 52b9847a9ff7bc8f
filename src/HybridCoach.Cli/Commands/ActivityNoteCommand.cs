using System.CommandLine;
using HybridCoach.Application.Activities;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach activity note ID TEXT`: the athlete's notes on an activity; pain or a medical red flag in them alerts the coach at once.</summary>
public static class ActivityNoteCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<long>("ID") { Description = "The activity id (see `coach activities`)" };
        var text = new Argument<string>("TEXT") { Description = "What you want to say about it (how it felt, anything that hurt)" };
        var command = new Command("note", "Write notes on an activity (pain or a medical warning sign in them alerts your coach)") { id, text };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var activity = parse.GetValue(id);
            var alerts = await services.GetRequiredService<AnnotateActivity>().AnnotateAsync(activity, parse.GetValue(text)!, context.AsOf, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new ActivityNoteJson(activity, parse.GetValue(text)!, [.. alerts.Select(a => EscalationJson.From(a.Alert, a.Narrative))]));
                return ExitCodes.Success;
            }
            context.Console.Stdout.WriteLine($"Activity {activity}: notes saved.");
            CoachingView.RenderAlerts(context.Console.Ansi, alerts);
            return ExitCodes.Success;
        });
        return command;
    }
}
