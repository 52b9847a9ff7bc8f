using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Athletes;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach signals add|list`: the athlete's daily recovery signals. `list` shows only days on or before the
/// as-of date (--date, default today), which is also the default --to.
/// </summary>
public static class SignalsCommand
{
    /// <summary>`signals list` without --from shows this many days up to --to.</summary>
    public const int DefaultListDays = 28;

    public static Command Create(CommandContextFactory contexts) =>
        new("signals", "Daily recovery signals: resting HR, HRV, sleep, soreness, pain, illness, stress, motivation")
        {
            SignalsAddCommand.Create(contexts),
            CreateList(contexts),
        };

    private static Command CreateList(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = $"First day, yyyy-mm-dd (default: {DefaultListDays} days up to --to)" };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-mm-dd (default: --date, else today); days after --date are not shown" };
        var command = new Command("list", "List the recovery signals of a date range") { from, to };
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var last = parse.GetValue(to) is { } t ? EntryText.ParseDate(t, "--to") : context.AsOf;
            var first = parse.GetValue(from) is { } f ? EntryText.ParseDate(f, "--from") : last.AddDays(1 - DefaultListDays);
            if (first > last) throw new CliInputException($"--from {RecoverySignalsJson.DateText(first)}: after --to {RecoverySignalsJson.DateText(last)}");
            return ListAsync(context, first, last, cancel);
        });
        return command;
    }

    private static async Task<int> ListAsync(CommandContext context, DateOnly from, DateOnly to, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        // Days after the as-of date are not known yet, whatever --to asks for.
        var known = to < context.AsOf ? to : context.AsOf;
        IReadOnlyList<RecoverySignals> days = from > known ? [] : await services.GetRequiredService<IAthleteStore>().ListSignalsAsync(from, known, cancel);
        var json = days.Select(RecoverySignalsJson.From).ToArray();
        if (context.Console.Json)
        {
            context.Console.WriteJson(new SignalsListJson(RecoverySignalsJson.DateText(from), RecoverySignalsJson.DateText(to), json.Length, json));
            return ExitCodes.Success;
        }
        Render(context.Console.Ansi, json);
        return ExitCodes.Success;
    }

    public static void Render(IAnsiConsole console, IReadOnlyList<RecoverySignalsJson> days)
    {
        var table = new Table();
        foreach (var column in new[] { "Date", "Rest HR", "HRV ms", "Sleep h", "Quality", "Sore", "Pain", "Illness", "Stress", "Motiv.", "Note" })
            table.AddColumn(column);
        foreach (var d in days)
        {
            var sore = d.Soreness is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
            if (d.SorenessBySite.Count > 0) sore += " (" + string.Join(", ", d.SorenessBySite.Select(p => $"{p.Key} {p.Value}")) + ")";
            table.AddRow(d.Date, Text(d.RestingHrBpm), Text(d.HrvRmssdMs), Text(d.SleepHours), Text(d.SleepQuality), TerminalText.Cell(sore),
                d.Pain ? TerminalText.Cell(d.PainSite ?? "yes") : "", d.Illness, Text(d.LifeStress), Text(d.Motivation), TerminalText.Cell(d.Note ?? ""));
        }
        console.Write(table);
    }

    private static string Text(double? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
}
