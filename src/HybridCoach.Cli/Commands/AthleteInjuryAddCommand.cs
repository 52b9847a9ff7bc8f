using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Athletes;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach athlete injury add --site calf --side left --date D --severity 6 [--notes]`. The day is the global
/// --date, required here: an injury's start matters too much to default to today.
/// </summary>
public static class AthleteInjuryAddCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var site = new Option<string>("--site") { Description = "Body site, e.g. calf, achilles, knee", Required = true };
        var side = new Option<string>("--side") { Description = "left, right, both or central", Required = true };
        var severity = new Option<string>("--severity") { Description = "0 (niggle) to 10 (cannot walk)", Required = true };
        var notes = new Option<string?>("--notes") { Description = "Free text" };
        var command = new Command("add", "Add an injury to the athlete's history") { site, side, severity, notes };
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var started = context.DateOption ?? throw new CliInputException("--date: required; the day the injury started, yyyy-mm-dd");
            var injury = new Injury(
                parse.GetValue(site)!,
                AthleteText.ParseSide(parse.GetValue(side)!),
                started,
                AthleteText.ParseInt(parse.GetValue(severity)!, "--severity"),
                parse.GetValue(notes));
            return RunAsync(context, injury, cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, Injury injury, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var profile = await services.GetRequiredService<UpdateAthleteProfile>().AddInjuryAsync(injury, cancel);
        AthleteCommand.Write(context, profile);
        return ExitCodes.Success;
    }
}
