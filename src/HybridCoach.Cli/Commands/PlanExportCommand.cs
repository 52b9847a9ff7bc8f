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
            // The calendar is written to memory first, so a refused export (no plan yet) leaves no empty file behind.
            using var calendar = icsPath is null ? null : new MemoryStream();
            var export = await services.GetRequiredService<ExportPlan>().ExportAsync(calendar, fitDir is not null, context.AsOf, chosen, cancel);
            if (calendar is not null) await File.WriteAllBytesAsync(icsPath!, calendar.ToArray(), cancel);
            var fitFiles = fitDir is null ? [] : await WriteWorkoutsAsync(fitDir, export.Workouts, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new PlanExportJson(export.Version, export.Variant.ToId(), icsPath, export.CalendarEvents ?? 0,
                    fitDir, fitFiles, [.. export.ChangedByCall.Select(c => new ExportedChangeJson(RecoverySignalsJson.DateText(c.Date), c.Call, c.Planned, c.Exported))]));
                return ExitCodes.Success;
            }
            if (icsPath is not null) context.Console.Ansi.MarkupLineInterpolated($"Wrote {icsPath}: {export.CalendarEvents} events");
            if (fitDir is not null) context.Console.Ansi.MarkupLineInterpolated($"Wrote {fitFiles.Count} FIT workouts to {fitDir}");
            foreach (var c in export.ChangedByCall)
                context.Console.Ansi.MarkupLineInterpolated($"  {c.Date:yyyy-MM-dd}: {c.Exported} instead of {c.Planned} (the call in force is {c.Call})");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes each workout into <paramref name="folder"/> (made when missing); returns the paths written.</summary>
    private static async Task<IReadOnlyList<string>> WriteWorkoutsAsync(string folder, IReadOnlyList<Formats.Fit.Writing.FitWorkoutFile> workouts,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var workout in workouts)
        {
            var path = Path.Combine(folder, workout.FileName);
            await File.WriteAllBytesAsync(path, workout.Content, cancellationToken);
            written.Add(path);
        }
        return written;
    }
}
