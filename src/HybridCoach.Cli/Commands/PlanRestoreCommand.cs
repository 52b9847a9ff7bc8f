using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan restore N`: a new plan version equal to version N (earlier versions are never changed), with the change it makes explained and audited.</summary>
public static class PlanRestoreCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var version = new Argument<string>("version") { Description = "The version to restore (see `coach plan versions`)" };
        var command = new Command("restore", "Make an earlier plan version the current one again (as a new version)") { version };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var n = PlanDiffCommand.Version(parse.GetValue(version)!, "version");
            await using var services = context.OpenServices();
            var set = await services.GetRequiredService<RestorePlanVersion>().RestoreAsync(n, cancel);
            // What the restore changed against the version it replaced, explained like any adaptation diff (plan_version:N).
            var diff = await services.GetRequiredService<PlanHistory>().DiffAsync(set.Version - 1, set.Version, cancel);
            var narrative = await services.GetRequiredService<NarratePlanDiff>().NarrateAsync(diff, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(new PlanRestoreJson(n, set.Version, set.ActiveVariant.ToId(), set.Active.Violations.Count, diff.Days.Count,
                    narrative.Text, narrative.Source, narrative.AuditId));
                return ExitCodes.Success;
            }
            context.Console.Ansi.MarkupLineInterpolated($"Version {n} restored as plan version {set.Version.ToString(CultureInfo.InvariantCulture)}.");
            CoachingView.RenderNarrative(context.Console.Ansi, narrative);
            return ExitCodes.Success;
        });
        return command;
    }
}
