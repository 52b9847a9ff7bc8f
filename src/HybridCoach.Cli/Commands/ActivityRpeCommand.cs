using HybridCoach.Cli.Output;
using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Manual;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach activity rpe ID 7`: sets the session RPE (Foster's 1–10 scale) of a stored activity.</summary>
public static class ActivityRpeCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<long>("ID") { Description = "The activity id (see `coach activities`)" };
        var rpe = new Argument<string>("RPE") { Description = "Session RPE, 1-10" };
        var command = new Command("rpe", "Set the session RPE of an activity") { id, rpe };
        command.SetAction((parse, cancel) =>
            RunAsync(contexts.Create(parse), parse.GetValue(id), EntryText.ParseRpe(parse.GetValue(rpe)!, "RPE"), cancel));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, long id, int rpe, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        if (!await services.GetRequiredService<IAthleteStore>().SetActivityRpeAsync(id, rpe, cancel))
            throw new Application.Errors.NotFoundException($"activity {id}: no such activity");
        if (context.Console.Json) context.Console.WriteJson(new ActivityRpeJson(id, rpe));
        else context.Console.Stdout.WriteLine($"Activity {id}: session RPE {rpe}");
        return ExitCodes.Success;
    }
}
