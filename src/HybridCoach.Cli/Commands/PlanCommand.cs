using System.CommandLine;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach plan generate|show|compare|validate|review|export|versions|restore|diff`: season plans, three variants, stored with
/// versions; `edit|move|swap|cancel|lock|unlock|locks`: the coach's hands on the plan.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("plan", "Season plans: generate three variants for the goal race, show, compare, validate, review against the published plans and export them; the coach edits, moves, swaps, cancels and locks sessions")
        {
            PlanGenerateCommand.Create(contexts),
            PlanShowCommand.Create(contexts),
            PlanCompareCommand.Create(contexts),
            PlanValidateCommand.Create(contexts),
            PlanReviewCommand.Create(contexts),
            PlanExportCommand.Create(contexts),
            PlanVersionsCommand.Create(contexts),
            PlanRestoreCommand.Create(contexts),
            PlanDiffCommand.Create(contexts),
        };
        foreach (var sub in PlanEditCommands.Create(contexts).Concat(PlanLockCommands.Create(contexts))) command.Add(sub);
        return command;
    }

    /// <summary>--variant conservative|moderate|aggressive (optional; default: the plan's active variant).</summary>
    public static Option<string?> VariantOption(string description) => new("--variant") { Description = description };

    public static PlanVariant? ParseVariant(string? text) => text is null ? null : PlanIds.ParseVariant(text);
}
