using System.CommandLine;
using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach activity show ID` and `coach activity add ...`.</summary>
public static class ActivityCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("activity", "Show one activity, add one by hand, set its RPE or write notes on it")
        {
            CreateShow(contexts),
            ActivityAddCommand.Create(contexts),
            ActivityRpeCommand.Create(contexts),
            ActivityNoteCommand.Create(contexts),
            ActivityDeleteCommand.Create(contexts),
        };

    private static Command CreateShow(CommandContextFactory contexts)
    {
        var id = new Argument<long>("ID") { Description = "The activity id (see `coach activities`)" };
        var command = new Command("show", "Show one activity: summary, laps, splits, best efforts, and its loads with how each was derived") { id };
        command.SetAction((parse, cancel) => ShowAsync(contexts.Create(parse), parse.GetValue(id), cancel));
        return command;
    }

    private static async Task<int> ShowAsync(CommandContext context, long id, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var store = services.GetRequiredService<IActivityStore>();
        var activity = await store.GetAsync(id, cancel)
            ?? throw new Application.Errors.NotFoundException($"activity {id}: no such activity");
        if (!Application.Athletes.ActivitiesAsOf.IsKnownOn(activity.Summary, context.AsOf))
            throw new CliInputException($"activity {id}: starts {Application.Athletes.ActivitiesAsOf.LocalDate(activity.Summary):yyyy-MM-dd}, after the as-of date {context.AsOf:yyyy-MM-dd} (--date)");
        var (loads, source) = await services.GetRequiredService<ReadActivityLoads>().ReadAsync(activity, context.AsOf, cancel);
        if (context.Console.Json)
        {
            context.Console.WriteJson(ActivityDetailJson.From(activity) with
            {
                Loads = loads.Select(ActivityLoadJson.From).ToArray(),
                LoadThresholdPaceSource = source,
            });
            return ExitCodes.Success;
        }
        ActivityView.RenderDetails(context.Console.Ansi, activity);
        ActivityLoadsView.Render(context.Console.Ansi, loads, source);
        return ExitCodes.Success;
    }
}
