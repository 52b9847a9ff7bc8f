using HybridCoach.Domain.Guardrails;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>Human rendering shared by `coach today` and `coach audit show`: the key metrics and a snapshot summary.</summary>
public static class DecisionView
{
    public static void RenderMetrics(IAnsiConsole console, DecisionSnapshot snapshot)
    {
        if (snapshot.Metrics is not { } m)
        {
            console.MarkupLine("Metrics: no training history yet");
            return;
        }
        console.MarkupLineInterpolated(
            $"Metrics as of {m.Day:yyyy-MM-dd} ({snapshot.LoadMeasure}): ACWR coupled {Format.Number(m.AcwrCoupled, "0.00")}, EWMA {Format.Number(m.AcwrEwma, "0.00")} · acute {Format.Number(m.AcuteLoad, "0.0")}, chronic {Format.Number(m.ChronicLoad, "0.0")}, form going into the day {Format.Number(m.ChronicLoad - m.AcuteLoad, "0.0")} · monotony {Format.Number(m.Monotony, "0.00")} · week {Format.Number(m.WeeklyDistanceM / 1000, "0.0")} km · days since rest {Format.Number(m.DaysSinceRest)}");
    }

    public static void RenderSnapshot(IAnsiConsole console, DecisionSnapshot snapshot)
    {
        var activities = snapshot.Activities;
        console.MarkupLineInterpolated(
            $"Snapshot: {activities.Count} activities in the {DecisionSnapshot.ActivityWindowDays} days before ({activities.Count(a => a.Hard)} hard, {Format.Number(activities.Where(a => a.IsRun).Sum(a => a.DistanceM) / 1000, "0.0")} km run), {snapshot.Signals.Count} days of signals, {snapshot.Injuries.Count} injuries, {snapshot.Races.Count} races");
        if (snapshot.Today is { } today)
            console.MarkupLineInterpolated($"Signals that day: pain {(today.Pain ? today.PainSite ?? "yes" : "no")}, soreness {Format.Number(today.Soreness)}, illness {today.Illness}, resting HR {Format.Number(today.RestingHrBpm)}, HRV {Format.Number(today.HrvRmssdMs)}, sleep {Format.Number(today.SleepHours, "0.0")} h");
        if (snapshot.EasyPaceHeartRate is { } trend)
            console.MarkupLineInterpolated($"Easy-pace HR trend: {trend.SlopeBpmPer28Days:+0.0;-0.0} bpm per 28 days over {trend.RunCount} runs");
        RenderMetrics(console, snapshot);
    }

    public static void RenderOutcomes(IAnsiConsole console, IEnumerable<GuardrailOutcomeJson> outcomes)
    {
        var table = new Table().AddColumns("Guardrail", "Fired", "Asks for", "Observed", "Threshold", "Reason");
        foreach (var o in outcomes)
        {
            table.AddRow(TerminalText.Cell(o.Id), o.Fired ? "[bold]yes[/]" : o.Evaluated ? "no" : "[grey]n/a[/]", o.AsksFor,
                TerminalText.Cell(Pairs(o.Observed.Select(p => (p.Key, (double?)p.Value)))), TerminalText.Cell(Pairs(o.Threshold.Select(p => (p.Key, (double?)p.Value)))),
                TerminalText.Cell(o.Reason));
        }
        console.Write(table);
    }

    private static string Pairs(IEnumerable<(string Key, double? Value)> values) =>
        string.Join(", ", values.Select(p => $"{p.Key} {Format.Number(p.Value, "0.###")}"));
}
