using HybridCoach.Application.Coaching;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>Human output shared by the coaching commands: where the policy sent a change and the days it touches.</summary>
public static class CoachingView
{
    public static void RenderOutcome(IAnsiConsole console, ChangeOutcome outcome)
    {
        var route = CoachingIds.RouteId(outcome.Decision.Route);
        console.MarkupLineInterpolated($"Policy: {route} ({outcome.Decision.RuleId}): {outcome.Decision.Reason}");
        if (outcome.AppliedVersion is { } version) console.MarkupLineInterpolated($"Applied as plan version {version}.");
        if (outcome.ProposalId is { } id) console.MarkupLineInterpolated($"Held as proposal {CoachingIds.Proposal(id)}: see `coach inbox`.");
        foreach (var c in outcome.Changes)
            console.MarkupLineInterpolated($"  {c.Date:yyyy-MM-dd} {CoachingIds.ToId(c.Kind)}: {c.Reason}");
        RenderNarrative(console, outcome.Narrative);
    }

    /// <summary>Alerts raised for the coach by this command, each with its narration; nothing when none was raised.</summary>
    public static void RenderAlerts(IAnsiConsole console, IReadOnlyList<RaisedEscalation> alerts)
    {
        foreach (var (alert, narrative) in alerts)
        {
            console.MarkupLineInterpolated($"[bold]alert {CoachingIds.Escalation(alert.Id)}[/] {alert.Kind} (urgency {alert.Urgency}): {alert.Summary}");
            RenderNarrative(console, narrative, "  ");
        }
        if (alerts.Count > 0) console.MarkupLine("Your coach has been alerted (see `coach inbox`).");
    }

    /// <summary>The narration under what it explains, with its source and audit id (`coach audit narration ID`).</summary>
    public static void RenderNarrative(IAnsiConsole console, Application.Narration.RecordedNarration? narrative, string indent = "")
    {
        if (narrative is null) return;
        console.MarkupLineInterpolated($"{indent}[italic]{narrative.Text}[/]");
        console.MarkupLineInterpolated($"{indent}[grey]({narrative.Source}, narration {narrative.AuditId})[/]");
    }
}
