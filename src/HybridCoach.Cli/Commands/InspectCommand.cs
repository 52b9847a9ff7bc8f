using System.CommandLine;
using HybridCoach.Application.Inspect;
using HybridCoach.Cli.Output;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach inspect FILE`: decode and summarise one file without storing it.</summary>
public static class InspectCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var file = new Argument<string>("FILE") { Description = "A .fit, .gpx or .tcx file (optionally .gz)" };
        var salvage = new Option<bool>("--salvage") { Description = "Show what decodes before a fault instead of refusing the file" };
        var command = new Command("inspect", "Decode one file and summarise it without storing it") { file, salvage };
        command.SetAction(parse => Run(contexts.Create(parse), parse.GetValue(file)!, parse.GetValue(salvage)));
        return command;
    }

    private static int Run(CommandContext context, string path, bool salvage)
    {
        if (!File.Exists(path)) throw new Application.Errors.NotFoundException($"{path}: no such file");
        using var services = CommandContext.OpenReadersOnly();
        var inspection = services.GetRequiredService<InspectActivityFile>().Inspect(path, new ActivityReadOptions(salvage));
        if (context.Console.Json) context.Console.WriteJson(InspectionJson.From(inspection));
        else Render(context.Console.Ansi, inspection);
        if (inspection.Problem is null) return ExitCodes.Success;
        context.Console.Error(inspection.Problem);
        return ExitCodes.Failure;
    }

    private static void Render(IAnsiConsole console, FileInspection inspection)
    {
        console.Write(new Rule($"[bold]{TerminalText.Cell(Path.GetFileName(inspection.FileName))}[/] ({inspection.Format?.ToString() ?? "unknown"})").LeftJustified());
        if (inspection.Fit is { } fit) RenderFit(console, fit);
        if (inspection.Activity is { } activity) ActivityView.RenderSummary(console, activity);
    }

    private static void RenderFit(IAnsiConsole console, FitInspection fit)
    {
        var integrity = fit.Integrity;
        console.MarkupLineInterpolated($"[grey]Type[/] {fit.FileType ?? "-"}  [grey]Device[/] {fit.Device ?? "-"}  [grey]Protocol[/] {integrity.ProtocolVersion ?? "-"}  [grey]Profile[/] {integrity.ProfileVersion ?? "-"}  [grey]Segments[/] {integrity.SegmentCount}  [grey]CRC[/] {(integrity.FileCrcOk && integrity.HeaderCrcOk ? "ok" : "FAILED")}");
        var counts = new Table().Title("Messages").AddColumns("Message", "Count");
        foreach (var (name, count) in fit.MessageCounts) counts.AddRow(name, count.ToString());
        console.Write(counts);
        if (fit.Sessions.Count > 0) console.Write(SessionTable(fit.Sessions));
        if (fit.DeveloperFields.Count > 0) console.Write(DeveloperFieldTable(fit.DeveloperFields));
        foreach (var error in fit.Errors) console.MarkupLineInterpolated($"[red]error[/] {error}");
    }

    private static Table SessionTable(IReadOnlyList<FitSessionSummary> sessions)
    {
        var table = new Table().Title("Sessions").AddColumns("Sport", "Start", "Distance m", "Timer s", "Elapsed s", "Avg HR", "Max HR", "Laps");
        foreach (var s in sessions)
        {
            table.AddRow(s.Sport ?? "-", s.StartTime is { } start ? Format.Start(start) : "-", Format.Number(s.TotalDistanceM, "0.0"),
                Format.Number(s.TotalTimerTimeS, "0.0"), Format.Number(s.TotalElapsedTimeS, "0.0"), Format.Number(s.AvgHeartRateBpm),
                Format.Number(s.MaxHeartRateBpm), s.NumLaps?.ToString() ?? "-");
        }
        return table;
    }

    private static Table DeveloperFieldTable(IReadOnlyList<FitDeveloperFieldInfo> fields)
    {
        var table = new Table().Title("Developer fields").AddColumns("Developer", "Field", "Name", "Units", "Type");
        foreach (var f in fields)
        {
            table.AddRow(f.DeveloperIndex.ToString(), f.FieldNumber.ToString(), TerminalText.Cell(f.Name ?? "-"), TerminalText.Cell(f.Units ?? "-"), f.BaseType);
        }
        return table;
    }
}
