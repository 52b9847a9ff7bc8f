using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach adjust DATE --reason "..."`: proposes a never-harder replacement for the day's planned session (one open
/// request per session). `coach adjust DATE accept|reject` or `coach adjust accept|reject ID` decides it: accepted,
/// it goes through the oversight policy and, when applied, becomes a new plan version.
/// </summary>
public static class AdjustCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var first = new Argument<string>("target") { Description = "The session's date (yyyy-mm-dd), or accept/reject followed by the adjustment id" };
        var second = new Argument<string?>("action") { Description = "accept or reject (after a date), or the adjustment id (after accept/reject)", Arity = ArgumentArity.ZeroOrOne };
        var reason = new Option<string?>("--reason") { Description = "Why the session should change, e.g. \"legs heavy\" or \"only 30 min\"" };
        var command = new Command("adjust", "Ask for an easier replacement of a planned session, then accept or reject it") { first, second, reason };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var (target, action, why) = (parse.GetValue(first)!.Trim(), parse.GetValue(second)?.Trim(), parse.GetValue(reason));
            await using var services = context.OpenServices();
            var adjust = services.GetRequiredService<AdjustSession>();
            if (IsVerb(target))
            {
                if (action is null) throw new CliInputException($"adjust {target}: give the adjustment id, e.g. `coach adjust {target} a1`");
                var (_, id) = CoachingIds.ParseRef(action, "id", CoachingIds.AdjustmentPrefix);
                return Decided(context, await DecideAsync(adjust, target, id, cancel));
            }
            var date = EntryText.ParseDate(target, "date");
            if (action is not null)
            {
                if (!IsVerb(action)) throw new CliInputException($"adjust {target} '{action}': expected accept or reject");
                var open = await adjust.OpenOnAsync(date, cancel);
                return Decided(context, await DecideAsync(adjust, action, open.Id, cancel));
            }
            if (string.IsNullOrWhiteSpace(why)) throw new CliInputException($"adjust {target}: --reason is required, e.g. --reason \"legs heavy\"");
            var proposal = await adjust.ProposeAsync(date, why, context.AsOf, cancel);
            if (context.Console.Json) context.Console.WriteJson(AdjustmentJson.From(proposal));
            else Render(context.Console.Ansi, proposal);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsVerb(string text) => text.Equals("accept", StringComparison.OrdinalIgnoreCase) || text.Equals("reject", StringComparison.OrdinalIgnoreCase);

    private static Task<AdjustmentDecision> DecideAsync(AdjustSession adjust, string verb, long id, CancellationToken cancel) =>
        verb.Equals("accept", StringComparison.OrdinalIgnoreCase) ? adjust.AcceptAsync(id, cancel) : adjust.RejectAsync(id, cancel);

    private static int Decided(CommandContext context, AdjustmentDecision decision)
    {
        if (context.Console.Json)
        {
            context.Console.WriteJson(AdjustmentDecisionJson.From(decision));
            return ExitCodes.Success;
        }
        context.Console.Ansi.MarkupLineInterpolated($"Adjustment {CoachingIds.Adjustment(decision.Id)} for {decision.Date:yyyy-MM-dd}: {CoachingIds.ToId(decision.Status)}.");
        if (decision.Outcome is { } outcome) CoachingView.RenderOutcome(context.Console.Ansi, outcome);
        else context.Console.Ansi.MarkupLine("The planned session stays.");
        return ExitCodes.Success;
    }

    private static void Render(IAnsiConsole console, AdjustmentProposal p)
    {
        var a = p.Adjustment;
        console.MarkupLineInterpolated($"Adjustment {CoachingIds.Adjustment(p.Id)} for {a.Original.Date:yyyy-MM-dd} (plan version {p.PlanVersion}), reason: \"{a.Reason}\"");
        console.MarkupLineInterpolated($"  planned:     {Formats.Calendar.PrescriptionFormat.Title(a.Original, p.Units)} (load {p.OriginalLoad:0.0})");
        console.MarkupLineInterpolated($"  replacement: {Formats.Calendar.PrescriptionFormat.Title(a.Replacement, p.Units)} (load {p.ReplacementLoad:0.0})");
        foreach (var step in a.Replacement.Steps) console.MarkupLineInterpolated($"    {step.Description}");
        foreach (var line in a.Changes) console.MarkupLineInterpolated($"  · {line}");
        console.MarkupLineInterpolated($"Never harder: {(p.Verdict.Passed ? "yes" : "NO")}");
        foreach (var line in p.Verdict.Reasons) console.MarkupLineInterpolated($"  {line}");
        console.MarkupLineInterpolated($"Accept with `coach adjust {a.Original.Date:yyyy-MM-dd} accept` or keep the original with `coach adjust {a.Original.Date:yyyy-MM-dd} reject`.");
    }
}
