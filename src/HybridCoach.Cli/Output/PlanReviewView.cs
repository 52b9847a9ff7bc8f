using System.Globalization;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>Renders a plan's figures against the published plans (`coach plan review`).</summary>
public static class PlanReviewView
{
    public static void Render(IAnsiConsole console, long version, VariantReview chosen, IReadOnlyList<VariantReview> all)
    {
        var e = chosen.Envelope;
        console.MarkupLineInterpolated($"[bold]Plan version {version} · {chosen.Variant.ToId()}[/] against the published {e.Distance.Words()} plans for runners on {e.Level.Words()}");
        console.MarkupLineInterpolated($"References: {e.Sources}");
        var table = new Table().AddColumns("Figure", "This plan", "Published plans", "", "Why");
        foreach (var c in chosen.Checks)
            table.AddRow(TerminalText.Cell(c.Figure), TerminalText.Cell(c.Value), TerminalText.Cell(c.Expected), c.Inside ? "inside" : "[red]outside[/]", TerminalText.Cell(c.Reason));
        console.Write(table);
        console.MarkupLineInterpolated($"{string.Join(" · ", all.Select(Summary))}");
    }

    private static string Summary(VariantReview r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Variant.ToId()}{(r.Active ? " (active)" : "")}: {r.Checks.Count - r.Outside.Count} inside, {r.Outside.Count} outside");
}
