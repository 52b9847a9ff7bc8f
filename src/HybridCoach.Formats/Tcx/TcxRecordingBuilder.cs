using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Turns a parsed TCX document into one recording: one session per Activity (or Course), all laps in
/// order, all trackpoints as one sample series, the first Creator (else the Author) as device.
/// </summary>
public static class TcxRecordingBuilder
{
    public static ActivityRecording Build(TcxDocument document, string fileName)
    {
        if (document.Activities.Count == 0)
            throw new ActivityFileException(fileName, "no Activity or Course in the file");
        var sessions = new List<RecordedSession>();
        var laps = new List<RecordedLap>();
        var points = new List<TrackPoint>();
        var warnings = new List<string>();
        foreach (var activity in document.Activities)
        {
            var start = activity.Id ?? activity.Laps.Find(l => l.StartTime is not null)?.StartTime ?? FirstTime(activity);
            if (start is null)
            {
                warnings.Add($"an {(activity.IsCourse ? "Course" : "Activity")} with no time at all was left out");
                continue;
            }
            sessions.Add(TcxSessionTotals.Build(activity, start.Value));
            var isRun = sessions[^1].Sport.IsRun();
            laps.AddRange(activity.Laps.Select(lap => ToRecordedLap(lap, lap.StartTime ?? start.Value, isRun)));
            points.AddRange(activity.Points);
            if (activity.UntimedPoints > 0)
                warnings.Add($"{activity.UntimedPoints} trackpoint(s) without a time were left out");
        }
        if (sessions.Count == 0) throw new ActivityFileException(fileName, "no trackpoints and no laps with a time");
        var samples = points.Count > 0 ? TrackPointSeries.Build(points) : SampleSeries.Empty;
        var device = document.Activities.Select(a => a.CreatorName).FirstOrDefault(n => n is not null) ?? document.AuthorName;
        var name = document.Activities.Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n));
        return new ActivityRecording(sessions, laps, samples, null, name, device, warnings);
    }

    private static DateTimeOffset? FirstTime(TcxActivity activity) =>
        activity.Points.Count > 0 ? activity.Points[0].Time : null;

    private static RecordedLap ToRecordedLap(TcxLap lap, DateTimeOffset start, bool isRun) => new(
        start,
        Finite(lap.TotalTimeS) is { } t ? new Duration(t) : null,
        null,
        Finite(lap.DistanceM) is { } d ? new Distance(d) : null,
        Positive(lap.AverageHeartRateBpm) is { } hr ? new HeartRate(hr) : null,
        Positive(lap.MaximumHeartRateBpm) is { } max ? new HeartRate(max) : null,
        Positive(lap.AverageSpeedMps) is { } speed ? new Speed(speed) : null,
        Finite(lap.MaximumSpeedMps) is { } top ? new Speed(top) : null,
        Positive(TcxSessionTotals.LapCadence(lap, isRun)),
        null, null,
        lap.TriggerMethod);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static double? Positive(double value) => value > 0 && double.IsFinite(value) ? value : null;
}
