using HybridCoach.Cli.Output;
using System.CommandLine;
using HybridCoach.Application.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach activity delete ID [--restore] [--reason TEXT]`: hides an activity from every read, or brings it back within 30 days; both recorded.</summary>
public static class ActivityDeleteCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<long>("ACTIVITY") { Description = "The activity id (see `coach activities`)" };
        var restore = new Option<bool>("--restore") { Description = "Bring a deleted activity back (within 30 days of the delete)" };
        var reason = new Option<string?>("--reason") { Description = "Why, kept with the record" };
        var command = new Command("delete", "Delete an activity from every read (kept 30 days for --restore), recorded with why") { id, restore, reason };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var use = services.GetRequiredService<DeleteActivity>();
            var activity = parse.GetValue(id);
            var entry = parse.GetValue(restore)
                ? await use.RestoreAsync(activity, parse.GetValue(reason), cancel)
                : await use.DeleteAsync(activity, parse.GetValue(reason), cancel);
            if (context.Console.Json) context.Console.WriteJson(ActivityDeletionJson.From(entry));
            else context.Console.Stdout.WriteLine(entry.Action == "delete"
                ? $"Activity {activity} deleted ({entry.Reason}); `coach activity delete {activity} --restore` brings it back within {DeleteActivity.GracePeriod.TotalDays:0} days"
                : $"Activity {activity} restored ({entry.Reason})");
            return ExitCodes.Success;
        });
        return command;
    }
}
