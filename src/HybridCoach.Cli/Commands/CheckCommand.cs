using System.CommandLine;
using HybridCoach.Application.Stores;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach check [--file PATH]`: verifies the athlete's store (or a backup of it) without changing it — SQLite's
/// integrity check, foreign keys, schema version, rows per table — and, when it is not sound, says how to recover.
/// Exit 1 when the store is damaged, cannot be read or does not exist.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Option<string?>("--file") { Description = "Check this file (a backup) instead of the store" };
        var command = new Command("check", "Verify the store (integrity, schema, rows per table) without changing it; says how to recover when it is damaged") { file };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var report = await services.GetRequiredService<CheckStore>().CheckAsync(parse.GetValue(file), cancel);
            if (context.Console.Json) context.Console.WriteJson(StoreCheckJson.From(report));
            else StoreCheckText.Write(context.Console.Stdout, report);
            return report.Healthy ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
