using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Guardrails;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach pep-talk [--date D]`: an on-request pre-session pep talk grounded in the last 14 days of sessions and
/// today's call, through the same narrator and guard as `coach today` (the template by default). The call is the
/// engine's, unchanged; like `coach today` it appends an audit record, so every model exchange is on file.
/// </summary>
public static class PepTalkCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("pep-talk", "A short pre-session pep talk from your recent sessions and today's call");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<DecideToday>().DecideAsync(context.AsOf, NarrationPurpose.PepTalk, cancel);
            if (context.Console.Json) context.Console.WriteJson(PepTalkJson.From(result));
            else
            {
                context.Console.Ansi.MarkupLineInterpolated($"[bold]{result.Decision.Date:yyyy-MM-dd}: {result.Decision.Recommendation.ToId()}[/]");
                context.Console.Ansi.MarkupLineInterpolated($"{result.Narrative}");
                context.Console.Ansi.MarkupLineInterpolated($"[grey]audit {result.AuditId} · {result.NarrativeSource}[/]");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
