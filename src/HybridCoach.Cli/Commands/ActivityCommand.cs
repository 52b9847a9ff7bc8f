using System.CommandLine;
using HybridCoach.Application.Activities;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach activity show ID` and `coach activity add ...`.</summary>
public static class ActivityCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("activity", "Show one activity or add one by hand")
        {
            CreateShow(contexts),
            ActivityAddCommand.Create(contexts),
            ActivityRpeCommand.Create(contexts),
        };

    private static Command CreateShow(CommandContextFactory contexts)
    {
        var id = new Argument<long>("ID") { Description = "The activity id (see `coach activities`)" };
        var command = new Command("show", "Show one activity: summary, laps, splits, best efforts") { id };
        command.SetAction((parse, cancel) => ShowAsync(contexts.Create(parse), parse.GetValue(id), cancel));
        return command;
    }

    private static async Task<int> ShowAsync(CommandContext context, long id, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var activity = await services.GetRequiredService<IActivityStore>().GetAsync(id, cancel)
            ?? throw new CliInputException($"activity {id}: no such activity");
        if (!Application.Athletes.ActivitiesAsOf.IsKnownOn(activity.Summary, context.AsOf))
            throw new CliInputException($"activity {id}: starts {Application.Athletes.ActivitiesAsOf.LocalDate(activity.Summary):yyyy-MM-dd}, after the as-of date {context.AsOf:yyyy-MM-dd} (--date)");
        if (context.Console.Json) context.Console.WriteJson(ActivityDetailJson.From(activity));
        else ActivityView.RenderDetails(context.Console.Ansi, activity);
        return ExitCodes.Success;
    }
}
