using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan versions`: every plan version with where it came from, why, and who decided.</summary>
public static class PlanVersionsCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("versions", "List the plan's versions: generated, adjusted, adapted, approved or restored, and why");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var versions = (await services.GetRequiredService<PlanHistory>().ListAsync(cancel)).Select(PlanVersionJson.From).ToList();
            if (context.Console.Json)
            {
                context.Console.WriteJson(new PlanVersionsJson(versions.Count, versions));
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn("Version").AddColumn("Created (UTC)").AddColumn("Variant").AddColumn("Source").AddColumn("Summary").AddColumn("By");
            foreach (var v in versions)
                table.AddRow(v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), v.CreatedAtUtc, v.ActiveVariant, TerminalText.Cell(v.Source),
                    TerminalText.Cell(v.Summary), TerminalText.Cell(v.DecidedBy ?? "-"));
            context.Console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
