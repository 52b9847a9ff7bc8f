using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach plan lock DATE --reason …`, `coach plan unlock DATE --reason …`, `coach plan locks`: the coach locks a planned
/// day against automatic change (adaptation, adjustments and regeneration then wait for the coach; the day's safety
/// call still acts) and releases it (<see cref="SessionLocks"/>).
/// </summary>
public static class PlanLockCommands
{
    public static IEnumerable<Command> Create(CommandContextFactory contexts) => [Lock(contexts), Unlock(contexts), List(contexts)];

    private static Command Lock(CommandContextFactory contexts)
    {
        var date = new Argument<string>("DATE") { Description = "The planned day, yyyy-mm-dd" };
        var reason = new Option<string>("--reason") { Description = "Why the day must not change", Required = true };
        var by = new Option<string>("--by") { Description = "Who locks it", DefaultValueFactory = _ => "coach" };
        var command = new Command("lock", "Lock a planned day against automatic change") { date, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var stored = await services.GetRequiredService<SessionLocks>().LockAsync(EntryText.ParseDate(parse.GetValue(date)!, "DATE"),
                parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            if (context.Console.Json) context.Console.WriteJson(SessionLockJson.From(stored));
            else context.Console.Ansi.MarkupLineInterpolated($"Locked {stored.Date:yyyy-MM-dd} by {stored.LockedBy}: {stored.Reason}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Unlock(CommandContextFactory contexts)
    {
        var date = new Argument<string>("DATE") { Description = "The locked day, yyyy-mm-dd" };
        var reason = new Option<string>("--reason") { Description = "Why it may change again", Required = true };
        var by = new Option<string>("--by") { Description = "Who releases it", DefaultValueFactory = _ => "coach" };
        var command = new Command("unlock", "Release a locked day") { date, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var day = EntryText.ParseDate(parse.GetValue(date)!, "DATE");
            await services.GetRequiredService<SessionLocks>().UnlockAsync(day, parse.GetValue(reason)!, parse.GetValue(by)!, cancel);
            if (context.Console.Json) context.Console.WriteJson(new SessionUnlockedJson(RecoverySignalsJson.DateText(day)));
            else context.Console.Ansi.MarkupLineInterpolated($"Unlocked {day:yyyy-MM-dd}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CommandContextFactory contexts)
    {
        var command = new Command("locks", "The days locked against automatic change");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var locks = await services.GetRequiredService<SessionLocks>().ListAsync(cancel);
            if (context.Console.Json) context.Console.WriteJson(locks.Select(SessionLockJson.From).ToArray());
            else if (locks.Count == 0) context.Console.Ansi.MarkupLine("No locked days.");
            else foreach (var l in locks) context.Console.Ansi.MarkupLineInterpolated($"{l.Date:yyyy-MM-dd}  locked by {l.LockedBy}: {l.Reason}");
            return ExitCodes.Success;
        });
        return command;
    }
}
