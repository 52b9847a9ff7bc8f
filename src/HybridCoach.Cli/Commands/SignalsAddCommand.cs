using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Athletes;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach signals add [--date D] [--resting-hr] [--hrv] [--sleep-hours] [--sleep-quality] [--soreness]
/// [--sore-site calf=5 ...] [--pain] [--pain-site] [--illness] [--stress] [--motivation] [--note]`:
/// stores one day's signals (the global --date, default today), replacing what that day had, and raises at once any
/// pain or medical red flag in them for the coach.
/// </summary>
public static class SignalsAddCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var restingHr = new Option<string?>("--resting-hr") { Description = "Morning resting heart rate, bpm" };
        var hrv = new Option<string?>("--hrv") { Description = "HRV as rMSSD, ms" };
        var sleepHours = new Option<string?>("--sleep-hours") { Description = "Hours slept" };
        var sleepQuality = new Option<string?>("--sleep-quality") { Description = "1 (poor) to 5 (excellent)" };
        var soreness = new Option<string?>("--soreness") { Description = "Overall soreness, 0 (none) to 10" };
        var soreSites = new Option<string[]>("--sore-site") { Description = "Soreness at a site, e.g. calf=5 (repeatable)" };
        var pain = new Option<bool>("--pain") { Description = "Pain (not just soreness) today" };
        var painSite = new Option<string?>("--pain-site") { Description = "Where the pain is (implies --pain)" };
        var illness = new Option<string?>("--illness") { Description = "none, above_neck or below_neck" };
        var stress = new Option<string?>("--stress") { Description = "Life stress, 1 (low) to 5 (high)" };
        var motivation = new Option<string?>("--motivation") { Description = "1 (none) to 5 (high)" };
        var note = new Option<string?>("--note") { Description = "Free text" };
        var command = new Command("add", "Record one day's recovery signals")
            { restingHr, hrv, sleepHours, sleepQuality, soreness, soreSites, pain, painSite, illness, stress, motivation, note };
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            int? Int(Option<string?> option, string name) => parse.GetValue(option) is { } t ? AthleteText.ParseInt(t, name) : null;
            double? Number(Option<string?> option, string name) => parse.GetValue(option) is { } t ? AthleteText.ParseNumber(t, name) : null;
            var sites = new Dictionary<string, int>();
            foreach (var text in parse.GetValue(soreSites) ?? [])
            {
                var (site, value) = AthleteText.ParseSiteSoreness(text);
                if (!sites.TryAdd(site.Trim().ToLowerInvariant(), value)) throw new CliInputException($"--sore-site '{text}': site given twice");
            }
            var signals = new RecoverySignals(
                context.AsOf,
                Int(restingHr, "--resting-hr"),
                Number(hrv, "--hrv"),
                Number(sleepHours, "--sleep-hours"),
                Int(sleepQuality, "--sleep-quality"),
                Int(soreness, "--soreness"),
                sites,
                parse.GetValue(pain) || parse.GetValue(painSite) is not null,
                parse.GetValue(painSite),
                parse.GetValue(illness) is { } i ? AthleteText.ParseIllness(i) : Illness.None,
                Int(stress, "--stress"),
                Int(motivation, "--motivation"),
                parse.GetValue(note));
            return RunAsync(context, signals, cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, RecoverySignals signals, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var alerts = await services.GetRequiredService<RecordSignals>().RecordAsync(signals, cancel);
        if (context.Console.Json)
        {
            context.Console.WriteJson(RecoverySignalsJson.From(signals) with { Alerts = [.. alerts.Select(a => EscalationJson.From(a.Alert, a.Narrative))] });
            return ExitCodes.Success;
        }
        SignalsCommand.Render(context.Console.Ansi, [RecoverySignalsJson.From(signals)]);
        CoachingView.RenderAlerts(context.Console.Ansi, alerts);
        return ExitCodes.Success;
    }
}
