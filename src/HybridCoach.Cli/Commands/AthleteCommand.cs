using HybridCoach.Domain.Performance;
using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;
using HybridCoach.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach athlete show|set|injury add`: the profile of the athlete chosen with --athlete (or the default).</summary>
public static class AthleteCommand
{
    public static Command Create(CommandContextFactory contexts) =>
        new("athlete", "Show or change the athlete's profile")
        {
            CreateShow(contexts),
            AthleteSetCommand.Create(contexts),
            new Command("injury", "The athlete's injury history") { AthleteInjuryAddCommand.Create(contexts) },
        };

    private static Command CreateShow(CommandContextFactory contexts)
    {
        var command = new Command("show", "Show the athlete's profile and a threshold pace estimated from the history as of --date");
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            return ShowAsync(context, context.AsOf, cancel);
        });
        return command;
    }

    private static async Task<int> ShowAsync(CommandContext context, DateOnly asOf, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var profile = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel)
            ?? throw new CliInputException($"athlete {AthleteName(context)}: no profile yet; create one with `coach athlete set --name N --birth-year Y --sex female|male`");
        var estimate = await services.GetRequiredService<EstimateThresholdPace>().EstimateAsync(asOf, cancel);
        Write(context, profile, estimate);
        return ExitCodes.Success;
    }

    /// <summary>The --athlete value as `coach athletes` lists it ("default" for the default athlete).</summary>
    public static string AthleteName(CommandContext context) => AthleteDatabases.Slug(context.AthleteOption) ?? AthleteDatabases.DefaultName;

    public static void Write(CommandContext context, AthleteProfile profile, ThresholdPaceEstimate? estimate = null)
    {
        if (context.Console.Json)
        {
            var estimateJson = estimate is null ? null : ThresholdEstimateJson.From(estimate);
            context.Console.WriteJson(AthleteProfileJson.From(AthleteName(context), profile) with { ThresholdPaceEstimate = estimateJson });
            return;
        }
        var json = AthleteProfileJson.From(AthleteName(context), profile);
        var table = new Table().AddColumn("Field").AddColumn("Value");
        table.AddRow("Name", TerminalText.Cell(json.Name));
        table.AddRow("Born / sex", $"{json.BirthYear} / {json.Sex}");
        table.AddRow("Weight", json.WeightKg is { } w ? $"{w} kg" : "-");
        table.AddRow("HR max / rest / LTHR", $"{Text(json.MaxHrBpm)} / {Text(json.RestingHrBpm)} / {Text(json.LthrBpm)} bpm");
        table.AddRow("Threshold pace", profile.ThresholdPaceSPerKm is { } t ? new Pace(t).ToString(profile.Units) : "-");
        if (estimate is not null)
            table.AddRow("Threshold pace, estimated", TerminalText.Cell($"{estimate.ThresholdPace.ToString(profile.Units)} ({estimate.Explain()})"));
        table.AddRow("Training age", json.TrainingAgeYears is { } y ? $"{y} years" : "-");
        table.AddRow("Available days", string.Join(", ", json.AvailableDays));
        table.AddRow("Long-run day", json.LongRunDay ?? "-");
        table.AddRow("Days kept clear", string.Join(", ", json.ClearDays));
        table.AddRow("Units", json.Units);
        table.AddRow("Time zone", TerminalText.Cell(json.TimeZone ?? "UTC (not set)"));
        foreach (var i in json.Injuries)
            table.AddRow("Injury", TerminalText.Cell($"{i.Date} {i.Site} ({i.Side}) severity {i.Severity}{(i.Notes is null ? "" : ": " + i.Notes)}"));
        context.Console.Ansi.Write(table);
    }

    private static string Text(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
