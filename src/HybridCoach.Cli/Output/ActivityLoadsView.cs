using HybridCoach.Domain.Load;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>The loads table of `coach activity show`: measure, value, formula and how it was derived (or why not).</summary>
public static class ActivityLoadsView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<MeasuredLoad> loads, string thresholdPaceSource)
    {
        var table = new Table()
            .Title("Loads")
            .AddColumns("Measure", "Value", "Formula", "Derivation")
            .Caption($"threshold pace: {thresholdPaceSource}");
        table.Columns[1].RightAligned();
        foreach (var load in loads)
        {
            table.AddRow(
                TerminalText.Cell(load.Measure.ToId()),
                Format.Number(load.Value?.Value, "0.0"),
                TerminalText.Cell(load.Value?.FormulaId ?? "-"),
                TerminalText.Cell(load.Value?.Derivation ?? $"unavailable: {load.UnavailableReason}"));
        }
        console.Write(table);
    }
}
