using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Restrictions;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach flag clear e3 --reason "seen by a doctor, cleared to train" [--by NAME]`: the coach clears a medical red flag or a pain report from the as-of day on.</summary>
public static class FlagCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<string>("ALERT") { Description = "The flag's alert id (e3), as `coach state` or `coach inbox` shows" };
        var reason = new Option<string>("--reason") { Description = "Why it is cleared (e.g. the assessment)", Required = true };
        var by = new Option<string>("--by") { Description = "Who clears it", DefaultValueFactory = _ => "coach" };
        var clear = new Command("clear", "Clear a medical red flag or pain report so training can resume") { id, reason, by };
        clear.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var done = await services.GetRequiredService<ClearFlag>().ClearAsync(parse.GetValue(id)!, parse.GetValue(reason)!, parse.GetValue(by)!, context.AsOf, cancel);
            var alert = CoachingIds.Escalation(done.EscalationId);
            if (context.Console.Json)
                context.Console.WriteJson(new FlagClearedJson(alert, done.ClearedBy, done.Reason, RecoverySignalsJson.DateText(done.ClearedOn)));
            else context.Console.Ansi.MarkupLineInterpolated($"Flag {alert} cleared by {done.ClearedBy} from {done.ClearedOn:yyyy-MM-dd}: \"{done.Reason}\"");
            return ExitCodes.Success;
        });
        return new Command("flag", "Medical red flags and pain reports that hold the athlete back") { clear };
    }
}
