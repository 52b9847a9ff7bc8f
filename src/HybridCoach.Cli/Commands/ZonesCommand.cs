using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Athletes;
using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach zones [--threshold-pace 4:30] [--lthr 160] [--units km|mi] [--date D]`: six pace zones anchored to
/// threshold pace (Skiba) and LTHR zones (Friel). Each anchor comes from its option, else the athlete profile;
/// the pace, failing both, from the threshold-pace estimate of the history as of --date. The output says which, and
/// warns when the profile's threshold pace is far from the history's estimate (<see cref="CheckThresholdPace"/>).
/// </summary>
public static class ZonesCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var threshold = new Option<string?>("--threshold-pace") { Description = "Threshold pace per --units, e.g. 4:30 (default: profile, else estimated from the history)" };
        var lthr = new Option<string?>("--lthr") { Description = "Lactate-threshold heart rate, bpm (default: profile)" };
        var units = new Option<string?>("--units") { Description = "km or mi (default: the athlete's units, else km)" };
        var command = new Command("zones", "Pace zones from threshold pace and heart-rate zones from LTHR") { threshold, lthr, units };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var athlete = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel);
            var unit = parse.GetValue(units) switch
            {
                null => athlete?.Units ?? DistanceUnit.Kilometers,
                "km" => DistanceUnit.Kilometers,
                "mi" => DistanceUnit.Miles,
                var other => throw new CliInputException($"--units '{other}': expected km or mi"),
            };
            var zones = await services.GetRequiredService<ResolveZones>().ResolveAsync(context.AsOf,
                parse.GetValue(threshold) is { } t ? ThresholdPace(DurationText.Parse(t, "--threshold-pace"), unit) : null,
                parse.GetValue(lthr) is { } h ? EntryText.ParseHeartRate(h, "--lthr") : null, cancel);
            var anchors = zones.Anchors;
            if (anchors.ThresholdPace is null && anchors.Lthr is null)
                throw new CliInputException($"zones: give --threshold-pace and/or --lthr, or set them with `coach athlete set`; the history has no best efforts to estimate threshold pace from as of {context.AsOf:yyyy-MM-dd}");
            if (context.Console.Json) context.Console.WriteJson(ZonesJson.From(context.AsOf, anchors, zones.Pace, zones.HeartRate) with { ThresholdWarning = ThresholdWarningJson.From(zones.Warning, unit) });
            else
            {
                Render(context.Console.Ansi, anchors, zones.Pace, zones.HeartRate, unit);
                ThresholdWarningView.Render(context.Console.Ansi, zones.Warning, unit);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Pace ThresholdPace(Duration perUnit, DistanceUnit unit) =>
        unit == DistanceUnit.Miles ? Pace.FromSecondsPerMile(perUnit.Seconds) : new Pace(perUnit.Seconds);

    private static void Render(IAnsiConsole console, ZoneAnchors anchors, IReadOnlyList<PaceZone> pace, IReadOnlyList<HeartRateZone> heartRate, DistanceUnit unit)
    {
        if (anchors.ThresholdPace is { } threshold)
            console.MarkupLine(TerminalText.Cell($"Threshold pace {threshold.ToString(unit)}, {ZoneAnchorSources.Describe(anchors.ThresholdPaceSource)}{(anchors.Estimate is { } e ? $" ({e.Explain()})" : "")}"));
        if (anchors.Lthr is { } lthr)
            console.MarkupLine(TerminalText.Cell($"LTHR {lthr.BeatsPerMinute:0} bpm, {ZoneAnchorSources.Describe(anchors.LthrSource)}"));
        if (pace.Count > 0)
        {
            var table = new Table().Title("Pace zones (Skiba, % of threshold speed)").AddColumn("Zone and pace");
            foreach (var zone in pace) table.AddRow(TerminalText.Cell(zone.ToString(unit)));
            console.Write(table);
        }
        if (heartRate.Count > 0)
        {
            var table = new Table().Title("Heart-rate zones (Friel, % of LTHR)").AddColumn("Zone and range");
            foreach (var zone in heartRate) table.AddRow(TerminalText.Cell(zone.ToString()));
            console.Write(table);
        }
    }
}
