using System.CommandLine;
using HybridCoach.Application.Import;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach activity add [--date D] --distance 10km --duration 50:00 [--avg-hr] [--rpe] [--sport] [--name] [--start]`;
/// the day is the global --date (default today).
/// </summary>
public static class ActivityAddCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var distance = new Option<string>("--distance") { Description = "10km, 6.2mi, 5000m, half, marathon", Required = true };
        var duration = new Option<string>("--duration") { Description = "50:00, 1:02:03, 45m", Required = true };
        var start = new Option<string?>("--start") { Description = "Local start time hh:mm (default 12:00)" };
        var avgHr = new Option<string?>("--avg-hr") { Description = "Average heart rate, bpm" };
        var rpe = new Option<string?>("--rpe") { Description = "Session RPE, 1-10" };
        var sport = new Option<string?>("--sport") { Description = "run (default), trail_run, walk, ride, swim, strength, ..." };
        var name = new Option<string?>("--name") { Description = "A name for the activity" };
        var command = new Command("add", "Add a run (or other session) without a device") { distance, duration, start, avgHr, rpe, sport, name };
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var entry = new ManualActivityEntry(
                context.AsOf,
                DistanceText.Parse(parse.GetValue(distance)!),
                DurationText.Parse(parse.GetValue(duration)!),
                parse.GetValue(sport) is { } s ? EntryText.ParseSport(s) : Sport.Running,
                parse.GetValue(start) is { } t ? EntryText.ParseTime(t) : null,
                parse.GetValue(avgHr) is { } hr ? EntryText.ParseHeartRate(hr) : null,
                parse.GetValue(rpe) is { } r ? EntryText.ParseRpe(r) : null,
                parse.GetValue(name),
                context.LocalUtcOffset);
            return RunAsync(context, entry, cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, ManualActivityEntry entry, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var result = await services.GetRequiredService<AddManualActivity>().AddAsync(entry, cancellationToken: cancel);
        var report = new ImportReport([result]);
        if (context.Console.Json) context.Console.WriteJson(ImportFileJson.From(result));
        else ImportReportView.Render(context.Console.Ansi, report);
        return ExitCodes.Success;
    }
}
