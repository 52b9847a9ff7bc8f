using System.CommandLine;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan compare`: the newest plan's three variants side by side — peak volume, quality sessions, distance and ACWR per microcycle, chronic load, violations.</summary>
public static class PlanCompareCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("compare", "Compare the three variants of the newest plan side by side");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var (set, variants) = await services.GetRequiredService<ComparePlans>().CompareAsync(cancel);
            if (context.Console.Json)
                context.Console.WriteJson(new PlanCompareJson(set.Version, set.ActiveVariant.ToId(), [.. variants.Select(VariantComparisonJson.From)]));
            else
                PlanView.RenderVariants(context.Console.Ansi, variants, set.Request.Units, curves: true);
            return ExitCodes.Success;
        });
        return command;
    }
}
