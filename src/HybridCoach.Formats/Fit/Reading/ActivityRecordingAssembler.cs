using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>Assembles the <see cref="ActivityRecording"/> once the column visitor has seen the whole file.</summary>
internal static class ActivityRecordingAssembler
{
    public static ActivityRecording Assemble(SampleSeriesBuilder samples, ActivitySummaryCollector summary, IReadOnlyList<string> warnings)
    {
        var sessions = summary.Sessions.Select(RecordedSummaryFactory.Session).ToList();
        var anyRun = sessions.Any(s => s.Sport.IsRun());
        var laps = summary.Laps.Select(lap => RecordedSummaryFactory.Lap(lap, IsRunningLap(lap, anyRun))).ToList();
        var runningRanges = summary.Sessions.Zip(sessions)
            .Where(pair => pair.Second.Sport.IsRun())
            .Select(pair => RunningRange(pair.First, pair.Second))
            .ToList();
        var beats = summary.HeartRateMessages.Count > 0 ? HeartRateMerger.CollectBeats(summary.HeartRateMessages) : [];
        SampleSeriesAdjuster.Adjust(samples, runningRanges, beats);
        var series = samples.Build();
        return new ActivityRecording(sessions, laps, series, UtcOffset(summary), Name: null,
            Device: FitDeviceName.Describe(summary.FileIds, summary.DeviceInfos), Warnings: warnings.Count > 0 ? warnings : null);
    }

    private static bool IsRunningLap(FitMessage lap, bool anyRunningSession) =>
        lap.GetDouble("sport") is { } sport ? FitSportMapping.ToSport((long)sport, (long?)lap.GetDouble("sub_sport")).IsRun() : anyRunningSession;

    /// <summary>A session covers start_time .. max(timestamp, start_time + total_elapsed_time).</summary>
    private static (long StartMs, long EndMs) RunningRange(FitMessage message, RecordedSession session)
    {
        var start = session.StartTime.ToUnixTimeMilliseconds();
        var end = start + (long)((session.ElapsedTime?.Seconds ?? 0) * 1000);
        if (message.GetDouble("timestamp") is { } timestamp) end = Math.Max(end, FitTime.ToUnixMilliseconds((long)timestamp));
        return (start, end);
    }

    /// <summary>FIT Profile, activity.local_timestamp: the local clock at activity.timestamp.</summary>
    private static TimeSpan? UtcOffset(ActivitySummaryCollector summary)
    {
        foreach (var activity in summary.Activities)
        {
            if (activity.GetDouble("local_timestamp") is { } local && activity.GetDouble("timestamp") is { } utc)
            {
                var offset = TimeSpan.FromSeconds(local - utc);
                if (Math.Abs(offset.TotalHours) <= 14) return offset;
            }
        }
        return null;
    }
}
