using System.CommandLine;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan export --ics FILE [--fit DIR] [--variant V]`: the newest plan as a calendar file and watch workouts.</summary>
public static class PlanExportCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var ics = new Option<string?>("--ics") { Description = "Write the plan as an iCalendar file (one event per session)" };
        var fit = new Option<string?>("--fit") { Description = "Write one FIT workout file per session into this folder" };
        var variant = PlanCommand.VariantOption("The variant to export (default: the active one)");
        var command = new Command("export", "Export the newest plan to a calendar (.ics) and/or FIT workouts for a watch") { ics, fit, variant };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var chosen = PlanCommand.ParseVariant(parse.GetValue(variant));
            var icsPath = parse.GetValue(ics);
            var fitDir = parse.GetValue(fit);
            if (icsPath is null && fitDir is null) throw new CliInputException("plan export: give --ics FILE and/or --fit DIR");
            await using var services = context.OpenServices();
            var export = await services.GetRequiredService<ExportPlan>().ExportAsync(icsPath, fitDir, context.AsOf, chosen, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new PlanExportJson(export.Version, export.Variant.ToId(), export.IcsPath, export.IcsEvents,
                    export.FitDirectory, export.FitFiles, [.. export.ChangedByCall.Select(c => new ExportedChangeJson(RecoverySignalsJson.DateText(c.Date), c.Call, c.Planned, c.Exported))]));
                return ExitCodes.Success;
            }
            if (export.IcsPath is { } path) context.Console.Ansi.MarkupLineInterpolated($"Wrote {path}: {export.IcsEvents} events");
            if (export.FitDirectory is { } dir) context.Console.Ansi.MarkupLineInterpolated($"Wrote {export.FitFiles.Count} FIT workouts to {dir}");
            foreach (var c in export.ChangedByCall)
                context.Console.Ansi.MarkupLineInterpolated($"  {c.Date:yyyy-MM-dd}: {c.Exported} instead of {c.Planned} (the call in force is {c.Call})");
            return ExitCodes.Success;
        });
        return command;
    }
}
