using System.Globalization;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>Human output of the plan commands: microcycles with every day fully prescribed, and the variants side by side.</summary>
public static class PlanView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void RenderMicrocycle(IAnsiConsole console, Microcycle m, DistanceUnit units)
    {
        var recovery = m.Recovery ? " · recovery" : "";
        console.MarkupLineInterpolated(
            $"[bold]Microcycle {m.Index} · {m.Phase.ToId()}{recovery} · {m.Start:yyyy-MM-dd} to {m.End:yyyy-MM-dd}[/] — {m.Focus}");
        console.MarkupLineInterpolated(
            $"Planned: {PrescriptionFormat.Distance(m.PlannedDistanceM, units)}, {PrescriptionFormat.Time(m.PlannedDurationS)}, {m.HardSessions} hard");
        var table = new Table().AddColumns("Date", "Session", "Hard", "Prescription");
        foreach (var day in m.Days)
        {
            table.AddRow(day.Date.ToString("ddd yyyy-MM-dd", Invariant), TerminalText.Cell(PrescriptionFormat.Title(day, units)),
                day.Hard ? "hard" : "", TerminalText.Cell(SessionDescription.Of(day, units)));
        }
        console.Write(table);
    }

    public static void RenderVariants(IAnsiConsole console, IReadOnlyList<VariantComparison> variants, DistanceUnit units, bool curves)
    {
        var table = new Table().AddColumns("Variant", "Peak microcycle", "Quality / microcycle", "ACWR max", "Chronic load at end", "Violations");
        foreach (var v in variants)
        {
            table.AddRow(v.Variant.ToId() + (v.Active ? " (active)" : ""), PrescriptionFormat.Distance(v.PeakCycleDistanceM, units),
                v.TrainingQualitySessions.ToString(Invariant), v.AcwrMax is { } a ? a.ToString("0.00", Invariant) : "-",
                v.FinalChronicLoad.ToString("0", Invariant), v.Violations.Count.ToString(Invariant));
        }
        console.Write(table);
        if (!curves) return;
        var perCycle = new Table().AddColumn("Microcycle");
        foreach (var v in variants) perCycle.AddColumn(v.Variant.ToId());
        var cycles = variants.Max(v => v.CycleDistanceM.Count);
        for (var i = 0; i < cycles; i++)
        {
            var row = new List<string> { (i + 1).ToString(Invariant) };
            foreach (var v in variants)
                row.Add(i < v.CycleDistanceM.Count ? $"{PrescriptionFormat.Distance(v.CycleDistanceM[i], units)} · {v.QualitySessionsPerCycle[i]} q · ACWR {CycleAcwr(v, i)}" : "");
            perCycle.AddRow([.. row]);
        }
        console.Write(perCycle);
    }

    /// <summary>
    /// Each variant's hard truths: where the runner's start cannot safely reach what the published plans prescribe in
    /// the weeks available, by how much and why (`coach plan review` shows every figure).
    /// </summary>
    public static void RenderHardTruths(IAnsiConsole console, IReadOnlyList<VariantComparison> variants)
    {
        foreach (var v in variants)
            foreach (var c in v.HardTruths)
                console.MarkupLineInterpolated($"[yellow]Hard truth ({v.Variant.ToId()})[/]: {c.Figure} {c.Value}, published plans {c.Expected} — {c.Reason}");
        if (variants.All(v => v.HardTruths.Count == 0))
            console.MarkupLine("Every variant sits inside the published plans' envelope for this race and level (`coach plan review`).");
    }

    public static void RenderViolations(IAnsiConsole console, IReadOnlyList<PlanViolation> violations)
    {
        foreach (var v in violations)
        {
            var place = string.Join(" ", new[] { v.MicrocycleIndex is { } i ? $"microcycle {i}" : null, v.Date?.ToString("yyyy-MM-dd", Invariant) }.Where(p => p is not null));
            console.MarkupLineInterpolated($"  [red]{v.InvariantId}[/] {place}: {v.Message}");
        }
    }

    /// <summary>The highest projected ACWR of the microcycle's days.</summary>
    private static string CycleAcwr(VariantComparison v, int cycleIndex)
    {
        var days = v.ProjectedDays;
        if (days.Count == 0) return "-";
        var start = v.CycleStarts[cycleIndex];
        var end = cycleIndex + 1 < v.CycleStarts.Count ? v.CycleStarts[cycleIndex + 1] : DateOnly.MaxValue;
        var max = days.Where(d => d.Date >= start && d.Date < end && d.Acwr is not null).Select(d => d.Acwr!.Value).DefaultIfEmpty().Max();
        return max > 0 ? max.ToString("0.00", Invariant) : "-";
    }
}
