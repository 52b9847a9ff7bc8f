using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan show [--week N] [--variant V]`: the newest plan's microcycles, every day fully prescribed.</summary>
public static class PlanShowCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var week = new Option<string?>("--week") { Description = "Only this microcycle (1 = the first)" };
        var variant = PlanCommand.VariantOption("The variant to show (default: the active one)");
        var command = new Command("show", "Show the newest plan: microcycles with phase, focus, totals and each day's prescription") { week, variant };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var chosen = PlanCommand.ParseVariant(parse.GetValue(variant));
            int? index = parse.GetValue(week) is { } text ? Week(text) : null;
            await using var services = context.OpenServices();
            var (set, shown) = await services.GetRequiredService<ShowPlan>().ShowAsync(chosen, cancel);
            var cycles = shown.Plan.Microcycles;
            if (index is { } i && (i < 1 || i > cycles.Count))
                throw new CliInputException($"--week {i}: the plan has microcycles 1 to {cycles.Count}");
            var selected = index is { } n ? [cycles[n - 1]] : cycles;
            var units = set.Request.Units;
            if (context.Console.Json)
            {
                context.Console.WriteJson(PlanShowJson.From(set, shown, selected));
                return ExitCodes.Success;
            }
            context.Console.Ansi.MarkupLineInterpolated($"Plan version {set.Version} · {shown.Variant.ToId()} · {set.Request.GoalRace.Name} on {set.Request.GoalRace.Date:yyyy-MM-dd}");
            foreach (var m in selected) PlanView.RenderMicrocycle(context.Console.Ansi, m, units);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Week(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new CliInputException($"--week '{text}': expected a whole number from 1");
}
