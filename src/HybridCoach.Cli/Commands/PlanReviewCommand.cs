using System.CommandLine;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan review [--variant V]`: the plan's figures against the published plans for its race and level, each inside or outside with the reason.</summary>
public static class PlanReviewCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var variant = PlanCommand.VariantOption("The variant to review (default: the active one)");
        var command = new Command("review", "Hold the newest plan against the published plans coaches trust (Daniels, Pfitzinger, Hansons, Higdon): each figure inside or outside, and why") { variant };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var chosen = PlanCommand.ParseVariant(parse.GetValue(variant));
            await using var services = context.OpenServices();
            var (set, review, all) = await services.GetRequiredService<ReviewPlan>().ReviewAsync(chosen, cancel);
            if (context.Console.Json) context.Console.WriteJson(PlanReviewJson.From(set.Version, review, all));
            else PlanReviewView.Render(context.Console.Ansi, set.Version, review, all);
            return ExitCodes.Success;
        });
        return command;
    }
}
