using HybridCoach.Application.Athletes;
using System.CommandLine;
using HybridCoach.Application.Metrics;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach metrics [--date D] [--from D --to D] [--load duration|distance|srpe|trimp|rss] [--threshold-pace]
/// [--lthr] [--max-hr] [--resting-hr] [--sex]`: the daily load series as of a date, as a table or JSON.
/// </summary>
public static class MetricsCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var options = new MetricsOptions();
        var command = new Command("metrics", "Daily load, workload ratios, fitness/fatigue/form, monotony and strain as of a date");
        foreach (var option in options.All) command.Add(option);
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var request = options.Parse(parse, context.AsOf);
            return RunAsync(context, request, options.ParseOverrides(parse), cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, MetricsRequest request, LoadProfileOverrides overrides, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var athlete = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel);
        request = request with { Profile = AthleteLoadProfile.From(athlete, overrides) };
        var report = await services.GetRequiredService<ComputeMetrics>().ComputeAsync(request, cancel);
        foreach (var skipped in report.Skipped) context.Console.Error($"warning: {skipped}");
        if (context.Console.Json) context.Console.WriteJson(MetricsJson.From(report));
        else MetricsView.Render(context.Console.Ansi, report);
        return ExitCodes.Success;
    }
}
