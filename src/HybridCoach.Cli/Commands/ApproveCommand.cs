using System.CommandLine;
using HybridCoach.Application.Coaching;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach approve ID [--edit "..."] [--by NAME]`: applies a pending proposal (or acknowledges an alert), recorded with who and why.</summary>
public static class ApproveCommand
{
    public static Option<string> ByOption() => new("--by") { Description = "Who decides (default: coach)", DefaultValueFactory = _ => "coach" };

    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The inbox ref, e.g. anna:p3 or p3 (with --athlete)" };
        var edit = new Option<string?>("--edit") { Description = "The coach's edit or note, kept with the decision" };
        var by = ByOption();
        var command = new Command("approve", "Approve a proposal (applied as a new plan version) or acknowledge an alert") { id, edit, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var (athlete, item) = InboxRef.Parse(parse.GetValue(id)!, context.AthleteOption);
            InboxRef.RequireAthlete(context.DataDirOption, athlete);
            await using var services = CommandContext.OpenServices(context.DataDirOption, athlete);
            var decision = await services.GetRequiredService<DecideInboxItem>().ApproveAsync(item, parse.GetValue(by)!, parse.GetValue(edit), cancel);
            return Print(context, athlete, decision);
        });
        return command;
    }

    public static int Print(CommandContext context, string? athlete, CoachDecision decision)
    {
        var name = athlete ?? Hosting.AthleteDatabases.DefaultName;
        if (context.Console.Json) context.Console.WriteJson(CoachDecisionJson.From(name, decision));
        else
        {
            context.Console.Ansi.MarkupLineInterpolated($"{name}:{decision.Id} {decision.Status} by {decision.DecidedBy}{(decision.Reason is { } r ? $": {r}" : "")}");
            if (decision.AppliedVersion is { } v) context.Console.Ansi.MarkupLineInterpolated($"Applied as plan version {v}.");
            CoachingView.RenderNarrative(context.Console.Ansi, decision.Narrative);
        }
        return ExitCodes.Success;
    }
}
