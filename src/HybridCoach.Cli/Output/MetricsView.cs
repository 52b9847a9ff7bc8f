using System.Globalization;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>The human view of `coach metrics`: one table row per day; "-" where a metric is undefined.</summary>
public static class MetricsView
{
    public static void Render(IAnsiConsole console, MetricsReport report)
    {
        console.MarkupLineInterpolated($"As of {report.AsOf:yyyy-MM-dd}: load = [bold]{report.MeasureReason}[/], {report.ActivityCount} activities ({report.EstimatedCount} estimated)");
        console.MarkupLineInterpolated($"Threshold pace: {ThresholdText(report)}");
        var table = new Table()
            .AddColumns("Date", "Load", "Acute", "Chronic", "Form", "ACWR coupled", "ACWR uncoupled", "ACWR EWMA", "Monotony", "Strain", "7-day km")
            .Caption("Acute/chronic: 7/42-day EWMA; ACWR: 7:28 days; 7-day km: running distance over the week ending on the day");
        for (var i = 1; i < table.Columns.Count; i++) table.Columns[i].RightAligned();
        foreach (var day in report.Days) table.AddRow(Row(day));
        console.Write(table);
        RenderIntensity(console, report.WeeklyIntensity ?? []);
        if (report.EasyPaceHeartRateTrend is { } trend)
            console.MarkupLineInterpolated($"HR at easy pace: {trend.SlopeBpmPer28Days:+0.0;-0.0;0.0} bpm per 4 weeks over {trend.RunCount} easy runs since {trend.WindowStart:yyyy-MM-dd}");
        RenderSteadyRuns(console, report.SteadyRuns);
    }

    private static string ThresholdText(MetricsReport report) => report.ThresholdPace is { } pace
        ? $"{pace} ({report.ThresholdPaceSource.ToString().ToLowerInvariant()})"
        : "none (no profile value, too few best efforts to estimate one)";

    private static void RenderSteadyRuns(IAnsiConsole console, IReadOnlyList<SteadyRun> runs)
    {
        if (runs.Count == 0) return;
        var table = new Table().Title("Steady runs: aerobic decoupling (Pa:HR) and efficiency factor")
            .AddColumns("Date", "Activity", "Moving min", "Speed m/min", "Avg HR", "Decoupling %", "EF")
            .Caption("Decoupling over 5 % suggests the run was above aerobic threshold (Friel); EF = m/min ÷ bpm");
        for (var i = 1; i < table.Columns.Count; i++) table.Columns[i].RightAligned();
        foreach (var run in runs)
        {
            table.AddRow(run.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.ActivityId.ToString(CultureInfo.InvariantCulture),
                Format.Number(run.MovingTimeS / 60, "0"), Format.Number(run.MeanSpeedMPerMin, "0.0"), Format.Number(run.MeanHeartRateBpm, "0"),
                Format.Number(run.DecouplingPercent, "0.0") + (run.AboveAerobicLimit ? " !" : ""), Format.Number(run.EfficiencyFactor, "0.000"));
        }
        console.Write(table);
    }

    private static void RenderIntensity(IAnsiConsole console, IReadOnlyList<WeekIntensity> weeks)
    {
        if (weeks.Count == 0) return;
        var table = new Table().Title("Easy / moderate / hard % (Seiler)").AddColumns("Week of", "By pace %", "By HR %");
        foreach (var week in weeks) table.AddRow(week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Split(week.PaceSplit), Split(week.HeartRateSplit));
        console.Write(table);
    }

    private static string Split(IntensitySplit split) => split.EasyPercent is null
        ? "-"
        : $"{Format.Number(split.EasyPercent)} / {Format.Number(split.ModeratePercent)} / {Format.Number(split.HardPercent)}";

    private static string[] Row(DailyMetrics day) =>
    [
        day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Format.Number(day.Load, "0.0"),
        Format.Number(day.AcuteLoad, "0.0"),
        Format.Number(day.ChronicLoad, "0.0"),
        Format.Number(NoNegativeZero(day.Form, 1), "0.0"),
        Format.Number(day.AcwrCoupled, "0.00"),
        Format.Number(day.AcwrUncoupled, "0.00"),
        Format.Number(day.AcwrEwma, "0.00"),
        Format.Number(day.Monotony, "0.00"),
        Format.Number(day.Strain, "0"),
        Format.Number(day.WeeklyDistanceM / 1000, "0.0"),
    ];

    // Form rounds to "-0.0" when it is a hair below zero; show a plain 0.0 instead.
    private static double NoNegativeZero(double value, int decimals) => Math.Round(value, decimals) is var r && r == 0 ? 0 : r;
}
