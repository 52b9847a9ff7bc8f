using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach zones --threshold-pace 4:30 [--lthr 160] [--units km|mi]`: six pace zones anchored to threshold
/// pace (Skiba) and LTHR zones (Friel). Until the athlete profile lands (issue 3) the anchors are options.
/// </summary>
public static class ZonesCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var threshold = new Option<string?>("--threshold-pace") { Description = "Threshold pace per --units, e.g. 4:30" };
        var lthr = new Option<string?>("--lthr") { Description = "Lactate-threshold heart rate, bpm" };
        var units = new Option<string>("--units") { Description = "km or mi", DefaultValueFactory = _ => "km" };
        var command = new Command("zones", "Pace zones from threshold pace and heart-rate zones from LTHR") { threshold, lthr, units };
        command.SetAction(parse =>
        {
            var context = contexts.Create(parse);
            var unit = parse.GetValue(units) switch
            {
                "km" => DistanceUnit.Kilometers,
                "mi" => DistanceUnit.Miles,
                var other => throw new CliInputException($"--units '{other}': expected km or mi"),
            };
            var pace = parse.GetValue(threshold) is { } t ? ThresholdPace(DurationText.Parse(t, "--threshold-pace"), unit) : (Pace?)null;
            var heartRate = parse.GetValue(lthr) is { } h ? EntryText.ParseHeartRate(h, "--lthr") : (HeartRate?)null;
            if (pace is null && heartRate is null) throw new CliInputException("zones: give --threshold-pace and/or --lthr");
            var paceZones = pace is { } p ? PaceZones.FromThreshold(p) : [];
            var heartRateZones = heartRate is { } hr ? HeartRateZones.FromLactateThreshold(hr) : [];
            if (context.Console.Json) context.Console.WriteJson(ZonesJson.From(pace?.SecondsPerKilometer, heartRate?.BeatsPerMinute, paceZones, heartRateZones));
            else Render(context.Console.Ansi, paceZones, heartRateZones, unit);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Pace ThresholdPace(Duration perUnit, DistanceUnit unit) =>
        unit == DistanceUnit.Miles ? Pace.FromSecondsPerMile(perUnit.Seconds) : new Pace(perUnit.Seconds);

    private static void Render(IAnsiConsole console, IReadOnlyList<PaceZone> pace, IReadOnlyList<HeartRateZone> heartRate, DistanceUnit unit)
    {
        if (pace.Count > 0)
        {
            var table = new Table().Title("Pace zones (Skiba, % of threshold speed)").AddColumn("Zone and pace");
            foreach (var zone in pace) table.AddRow(Markup.Escape(zone.ToString(unit)));
            console.Write(table);
        }
        if (heartRate.Count > 0)
        {
            var table = new Table().Title("Heart-rate zones (Friel, % of LTHR)").AddColumn("Zone and range");
            foreach (var zone in heartRate) table.AddRow(Markup.Escape(zone.ToString()));
            console.Write(table);
        }
    }
}
