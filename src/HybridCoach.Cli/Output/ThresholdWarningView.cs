using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>The one warning line `coach zones`, `coach plan generate` and `coach today` print when the profile's threshold pace is far from the history's.</summary>
public static class ThresholdWarningView
{
    public static void Render(IAnsiConsole console, ThresholdDisagreement? warning, DistanceUnit units)
    {
        if (warning is null) return;
        console.MarkupLineInterpolated($"[yellow]Warning:[/] {warning.Message(units)}");
    }
}
