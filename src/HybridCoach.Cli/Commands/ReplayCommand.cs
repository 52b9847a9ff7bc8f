using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach replay ID [--recorded-settings]`: decides a recorded day again from its recorded inputs, with the
/// settings in force now (default) or the recorded ones, and prints "identical" or every exact difference; exit 1
/// on a difference.
/// Exit 0 either way: a difference is an answer, not an error.
/// </summary>
public static class ReplayCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The audit id (see `coach audit list`)" };
        var recorded = new Option<bool>("--recorded-settings") { Description = "Use the thresholds recorded with the decision instead of today's" };
        var command = new Command("replay", "Recompute a recorded decision and report identical or the exact differences") { id, recorded };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var auditId = AuditCommand.ParseId(parse.GetValue(id));
            await using var services = context.OpenServices();
            var report = await services.GetRequiredService<ReplayDecision>().ReplayAsync(auditId, parse.GetValue(recorded), cancel);
            if (context.Console.Json) context.Console.WriteJson(ReplayJson.From(report));
            else Render(context.Console.Ansi, report);
            // A difference is a failed check (issue 15 item 6): scripts and CI see it in the exit code.
            return report.Identical ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ReplayReport report)
    {
        var settings = report.UsedRecordedSettings ? "recorded" : "current";
        if (report.Identical)
        {
            console.MarkupLineInterpolated($"identical: audit {report.AuditId} ({report.DecidedFor:yyyy-MM-dd}) replays to {report.ReplayedRecommendation} with the {settings} settings");
            return;
        }
        console.MarkupLineInterpolated($"different: audit {report.AuditId} ({report.DecidedFor:yyyy-MM-dd}) replayed with the {settings} settings");
        if (report.RecommendationChanged) console.MarkupLineInterpolated($"recommendation: {report.RecordedRecommendation} → {report.ReplayedRecommendation}");
        if (report.EngineVersionChanged) console.MarkupLineInterpolated($"engine version: {report.RecordedEngineVersion} → {report.ReplayedEngineVersion}");
        foreach (var d in report.SettingDifferences)
            console.MarkupLineInterpolated($"setting {d.SettingId}: {OutcomeComparer.Text(d.Recorded)} → {OutcomeComparer.Text(d.Replayed)}");
        foreach (var d in report.OutcomeDifferences)
            console.MarkupLineInterpolated($"{d.GuardrailId} {d.Field}: {d.Recorded ?? "-"} → {d.Replayed ?? "-"}");
    }
}
