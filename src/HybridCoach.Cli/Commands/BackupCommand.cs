using System.CommandLine;
using HybridCoach.Application.Stores;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach backup FILE`: a consistent copy of the store (safe while other commands run), checked once written; never overwrites.</summary>
public static class BackupCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var target = new Argument<string>("FILE") { Description = "The backup file to write (must not exist)" };
        var command = new Command("backup", "Copy the store to FILE (consistent even while in use) and check the copy") { target };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var report = await services.GetRequiredService<CheckStore>().BackupAsync(parse.GetValue(target)!, cancel);
            if (context.Console.Json) context.Console.WriteJson(StoreCheckJson.From(report));
            else
            {
                context.Console.Stdout.WriteLine($"Backup written: {TerminalText.Plain(report.Path)}");
                StoreCheckText.Write(context.Console.Stdout, report);
            }
            return report.Healthy ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
