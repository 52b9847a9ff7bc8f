using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Formats.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach today [--date D]`: the engine's call for the day, the guardrails that fired and why, the key metrics
/// (as of the day before), the planned session (once plans exist), the narrative and the audit record's id.
/// Every run appends an audit record.
/// </summary>
public static class TodayCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("today", "Today's call (or the --date's): proceed, reduce, recover, rest or needs more data — with its reasons");
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            return RunAsync(context, context.AsOf, cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, DateOnly date, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var result = await services.GetRequiredService<DecideToday>().DecideAsync(date, cancel);
        foreach (var skipped in result.SkippedActivities) context.Console.Error($"warning: {skipped}");
        if (context.Console.Json) context.Console.WriteJson(TodayJson.From(result));
        else Render(context.Console.Ansi, result);
        return ExitCodes.Success;
    }

    public static void Render(IAnsiConsole console, DecisionResult result)
    {
        var decision = result.Decision;
        console.MarkupLineInterpolated($"[bold]{decision.Date:yyyy-MM-dd}: {decision.Recommendation.ToId()}[/]");
        var fired = decision.Fired.ToList();
        if (fired.Count == 0) console.MarkupLine("No guardrail fired.");
        foreach (var outcome in fired)
        {
            var mark = decision.DecidedBy.Contains(outcome.Id) ? "»" : " ";
            console.MarkupLineInterpolated($"{mark} {outcome.Id} → {outcome.AsksFor.ToId()}: {outcome.Reason}");
        }
        DecisionView.RenderMetrics(console, result.Snapshot);
        ThresholdWarningView.Render(console, result.ThresholdWarning, result.InForce?.Units ?? HybridCoach.Domain.Units.DistanceUnit.Kilometers);
        RenderPlanned(console, result.Planned, result.InForce);
        if (result.SessionChange is { } change) CoachingView.RenderOutcome(console, change);
        console.MarkupLineInterpolated($"{result.Narrative}");
        console.MarkupLineInterpolated($"[grey]audit {result.AuditId} · {decision.EngineVersion} · settings {decision.SettingsHash[..12]}[/]");
    }

    /// <summary>
    /// "Planned session: Tempo 10 km", and when the call changed it, "Session in force: Easy run 50 min (the day's call
    /// changed it)"; then one line per step of the session in force (warm-up, main set, cool-down) with its pace band.
    /// </summary>
    private static void RenderPlanned(IAnsiConsole console, PlannedDay? planned, PlannedDay? inForce)
    {
        if (planned is not { } day)
        {
            console.MarkupLine("Planned session: none (no plan covers this day)");
            return;
        }
        console.MarkupLineInterpolated($"Planned session: {PrescriptionFormat.Title(day.Session, day.Units)}{(day.Session.Hard ? " (hard)" : "")}");
        var shown = inForce ?? day;
        if (!ReferenceEquals(shown.Session, day.Session))
            console.MarkupLineInterpolated($"[bold]Session in force: {PrescriptionFormat.Title(shown.Session, shown.Units)}[/] (the day's call changed it: {shown.Session.Purpose})");
        foreach (var step in shown.Session.Steps)
        {
            console.MarkupLineInterpolated($"  {SessionDescription.StepLine(step, shown.Units)}");
            foreach (var child in step.Children) console.MarkupLineInterpolated($"    {SessionDescription.StepLine(child, shown.Units)}");
        }
    }
}
