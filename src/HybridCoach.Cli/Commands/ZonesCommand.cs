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
/// `coach zones --threshold-pace 4:30 [--lthr 160] [--units km|mi]`: six pace zones anchored to threshold
/// pace (Skiba) and LTHR zones (Friel), anchored to the options or else to the athlete profile.
/// </summary>
public static class ZonesCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var threshold = new Option<string?>("--threshold-pace") { Description = "Threshold pace per --units, e.g. 4:30" };
        var lthr = new Option<string?>("--lthr") { Description = "Lactate-threshold heart rate, bpm" };
        var units = new Option<string?>("--units") { Description = "km or mi (default: the athlete's units, else km)" };
        var command = new Command("zones", "Pace zones from threshold pace and heart-rate zones from LTHR") { threshold, lthr, units };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var athlete = await StoredProfileAsync(context, cancel);
            var unit = parse.GetValue(units) switch
            {
                null => athlete?.Units ?? DistanceUnit.Kilometers,
                "km" => DistanceUnit.Kilometers,
                "mi" => DistanceUnit.Miles,
                var other => throw new CliInputException($"--units '{other}': expected km or mi"),
            };
            var pace = parse.GetValue(threshold) is { } t ? ThresholdPace(DurationText.Parse(t, "--threshold-pace"), unit)
                : athlete?.ThresholdPaceSPerKm is { } stored ? new Pace(stored) : (Pace?)null;
            var heartRate = parse.GetValue(lthr) is { } h ? EntryText.ParseHeartRate(h, "--lthr")
                : athlete?.LthrBpm is { } bpm ? new HeartRate(bpm) : (HeartRate?)null;
            if (pace is null && heartRate is null)
                throw new CliInputException("zones: give --threshold-pace and/or --lthr, or set them with `coach athlete set`");
            var paceZones = pace is { } p ? PaceZones.FromThreshold(p) : [];
            var heartRateZones = heartRate is { } hr ? HeartRateZones.FromLactateThreshold(hr) : [];
            if (context.Console.Json) context.Console.WriteJson(ZonesJson.From(pace?.SecondsPerKilometer, heartRate?.BeatsPerMinute, paceZones, heartRateZones));
            else Render(context.Console.Ansi, paceZones, heartRateZones, unit);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<AthleteProfile?> StoredProfileAsync(CommandContext context, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        return await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel);
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
