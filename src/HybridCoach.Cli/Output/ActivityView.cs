using HybridCoach.Domain.Activities;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>Renders one activity for people: summary grid, laps, splits and best efforts.</summary>
public static class ActivityView
{
    public static void RenderSummary(IAnsiConsole console, Activity activity)
    {
        var s = activity.Summary;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(new Markup($"[grey]{label}[/]"), new Text(value));
        Row("Start", Format.Start(s.StartTime));
        Row("Sport", s.Sport.ToId() + (s.SubSport is null ? "" : $" ({s.SubSport})"));
        if (s.Name is not null) Row("Name", s.Name);
        Row("Distance", Format.Km(s.Distance));
        Row("Timer / elapsed / moving", $"{Format.Time(s.TimerTime)} / {Format.Time(s.ElapsedTime)} / {Format.Time(s.MovingTime)}");
        Row("Avg pace / max speed", $"{Format.Pace(s.AverageSpeed)} / {Format.Number(s.MaxSpeed?.KilometersPerHour, "0.0")} km/h");
        Row("HR avg / max", $"{Format.Bpm(s.AverageHeartRate)} / {Format.Bpm(s.MaxHeartRate)} bpm");
        Row("Cadence", $"{Format.Number(s.AverageCadenceSpm)} spm");
        Row("Ascent / descent", $"{Format.Number(s.AscentM)} / {Format.Number(s.DescentM)} m");
        if (s.Device is not null) Row("Device", s.Device);
        Row("Source", $"{activity.Source.FileName} ({activity.Source.Format})");
        Row("Samples", $"{activity.Samples.Count} × [{string.Join(", ", activity.Samples.Channels)}]");
        console.Write(grid);
    }

    public static void RenderDetails(IAnsiConsole console, Activity activity)
    {
        RenderSummary(console, activity);
        if (activity.Laps.Count > 0) console.Write(LapTable(activity.Laps));
        if (activity.KilometerSplits.Count > 0) console.Write(SplitTable("Splits per km", activity.KilometerSplits));
        if (activity.BestEfforts.Count > 0) console.Write(BestEffortTable(activity.BestEfforts));
    }

    private static Table LapTable(IReadOnlyList<Lap> laps)
    {
        var table = new Table().Title("Laps").AddColumns("#", "Distance", "Time", "Pace", "Avg HR");
        foreach (var lap in laps)
        {
            table.AddRow(lap.Number.ToString(), Format.Km(lap.Distance), Format.Time(lap.TimerTime), Format.Pace(lap.AverageSpeed), Format.Bpm(lap.AverageHeartRate));
        }
        return table;
    }

    private static Table SplitTable(string title, IReadOnlyList<Split> splits)
    {
        var table = new Table().Title(title).AddColumns("#", "Distance", "Time", "Pace", "Avg HR", "Gain m");
        foreach (var split in splits)
        {
            table.AddRow(split.Number.ToString(), Format.Km(split.Distance), Format.Time(split.Time),
                split.Pace?.ToString() ?? "-", Format.Bpm(split.AverageHeartRate), Format.Number(split.ElevationGainM));
        }
        return table;
    }

    private static Table BestEffortTable(IReadOnlyList<BestEffort> efforts)
    {
        var table = new Table().Title("Best efforts").AddColumns("Distance", "Time", "Pace", "Starts at");
        foreach (var effort in efforts)
        {
            table.AddRow(effort.Id, Format.Time(effort.Time), effort.Pace?.ToString() ?? "-", Format.Time(effort.StartOffset));
        }
        return table;
    }
}
