using HybridCoach.Application.Narration;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Units;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>`coach summary`'s human output: this week against last week as a table, then plan, wellbeing, load, changes, alerts, the week ahead and the narrative.</summary>
public static class SummaryView
{
    public static void Render(IAnsiConsole console, WeeklySummary summary)
    {
        var review = summary.Review;
        console.MarkupLineInterpolated($"[bold]Week of {review.WeekStart:yyyy-MM-dd} to {review.WeekEnd:yyyy-MM-dd}[/]");
        console.Write(TrainingTable(review.Actual, review.Previous));
        console.MarkupLineInterpolated($"Plan: {PlanLine(review.Plan)}");
        console.MarkupLineInterpolated($"Wellbeing: {WellbeingLine(review.Wellbeing)}");
        console.MarkupLineInterpolated($"Load: {LoadLine(review.Load)}");
        Lines(console, "Plan changes", review.PlanChanges);
        if (review.PendingChanges.Count > 0) Lines(console, "Waiting for a decision", review.PendingChanges);
        if (review.InForce.Count > 0) Lines(console, "In force until your coach clears it", review.InForce);
        Lines(console, "Alerts", review.Alerts);
        RenderAhead(console, review.Next);
        foreach (var request in summary.Requests) console.MarkupLineInterpolated($"{RequestJson.Line(request)}");
        console.MarkupLineInterpolated($"{summary.Narration.Text}");
        console.MarkupLineInterpolated($"[grey]narration {summary.Narration.AuditId} · {summary.Narration.Source}[/]");
    }

    private static Table TrainingTable(WeekTraining week, WeekTraining previous)
    {
        var table = new Table().AddColumns("", "this week", "last week");
        void Row(string name, Func<WeekTraining, string> value) => table.AddRow(name.EscapeMarkup(), value(week).EscapeMarkup(), value(previous).EscapeMarkup());
        Row("activities", w => w.Activities.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("runs", w => w.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("distance", w => Format.Km(new Distance(w.DistanceM)));
        Row("running distance", w => Format.Km(new Distance(w.RunDistanceM)));
        Row("moving time", w => Format.Time(new Duration(w.DurationS)));
        Row("hard sessions", w => w.HardSessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("longest run", w => Format.Km(new Distance(w.LongestRunM)));
        Row("easy / moderate / hard time", w => w.EasyTimeSharePct is { } e
            ? $"{Format.Number(e)} / {Format.Number(w.ModerateTimeSharePct ?? 0)} / {Format.Number(w.HardTimeSharePct ?? 0)} %" : "-");
        return table;
    }

    private static string PlanLine(WeekPlanCompliance? plan) => plan is not { } p ? "no plan covers this week"
        : $"{p.Done} of {p.Planned} sessions done, {p.Partial} partial, {p.Missed} missed, {p.Replaced} replaced; planned {Format.Km(new Distance(p.PlannedDistanceM))}"
          + (p.MissedKeySessions.Count > 0 ? $"; missed key: {string.Join(", ", p.MissedKeySessions)}" : "");

    private static string WellbeingLine(WeekWellbeing w)
    {
        var checkIn = w.CheckIn is { } c
            ? $"check-in effort {c.Effort}/10, fatigue {c.Fatigue}/10{(c.Niggles.Count > 0 ? ", niggles " + string.Join(", ", c.Niggles) : "")}"
            : "no check-in";
        return $"{checkIn}; {w.SignalDays} morning(s) reported, {w.PoorSleepNights} poor night(s), average sleep {Format.Number(w.AverageSleepH, "0.0")} h, "
            + $"max soreness {Format.Number(w.MaxSoreness)}/10, {w.PainFlagDays} pain day(s), {w.IllnessDays} illness day(s)";
    }

    private static string LoadLine(LoadTrend? load) => load is not { } l ? "no training history yet"
        : $"chronic load {Format.Number(l.ChronicLoadStart, "0.0")} → {Format.Number(l.ChronicLoadEnd, "0.0")}, ACWR {Format.Number(l.AcwrEnd, "0.00")}, form {Format.Number(l.FormEnd, "0.0")}";

    private static void Lines(IAnsiConsole console, string title, IReadOnlyList<string> lines)
    {
        console.MarkupLineInterpolated($"{title}: {(lines.Count == 0 ? "none" : "")}");
        foreach (var line in lines) console.MarkupLineInterpolated($"  {line}");
    }

    private static void RenderAhead(IAnsiConsole console, WeekAhead? ahead)
    {
        if (ahead is not { } a)
        {
            console.MarkupLine("Week ahead: no plan covers it (run `coach plan generate`)");
            return;
        }
        var race = a.NextRace is { } name ? $"; next race {name} on {a.NextRaceDate:yyyy-MM-dd}" : "";
        console.MarkupLineInterpolated($"Week ahead from {a.Start:yyyy-MM-dd}: {a.Phase}, {a.Focus.TrimEnd('.')}{(a.RecoveryMicrocycle ? " (recovery)" : "")}, planned {Format.Km(new Distance(a.PlannedDistanceM))}{race}");
        foreach (var s in a.Sessions) console.MarkupLineInterpolated($"  {s.Date:ddd yyyy-MM-dd}  {s.Title}{(s.Hard ? " (hard)" : "")}");
    }
}
