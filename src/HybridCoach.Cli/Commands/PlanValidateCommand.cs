using System.CommandLine;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan validate [--variant V]`: runs every named invariant on the newest plan; exit 1 when any is violated.</summary>
public static class PlanValidateCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var variant = PlanCommand.VariantOption("The variant to validate (default: the active one)");
        var command = new Command("validate", "Check the newest plan against the named safety invariants (exit 1 on any violation)") { variant };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var chosen = PlanCommand.ParseVariant(parse.GetValue(variant));
            await using var services = context.OpenServices();
            var (set, validated, results) = await services.GetRequiredService<ValidatePlan>().ValidateAsync(chosen, cancel);
            var count = results.Sum(r => r.Violations.Count);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new PlanValidateJson(set.Version, validated.ToId(), count == 0, count, [.. results.Select(InvariantResultJson.From)]));
            }
            else
            {
                var console = context.Console.Ansi;
                console.MarkupLineInterpolated($"Plan version {set.Version} · {validated.ToId()}: {count} violation(s)");
                foreach (var result in results)
                {
                    console.MarkupLineInterpolated($"{(result.Passed ? "pass" : "FAIL")} {result.InvariantId}");
                    PlanView.RenderViolations(console, result.Violations);
                }
            }
            return count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
