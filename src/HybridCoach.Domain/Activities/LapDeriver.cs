using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Numbers the recorded laps from 1 and fills what a lap does not state from the samples inside its
/// window: from its start to its start plus its stated elapsed time, else to the next lap's start, else
/// to the last sample.
/// </summary>
public static class LapDeriver
{
    public static IReadOnlyList<Lap> Derive(IReadOnlyList<RecordedLap> recorded, SampleTimeline timeline, TimeSpan? utcOffset)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(timeline);
        var laps = new List<Lap>(recorded.Count);
        for (var k = 0; k < recorded.Count; k++)
        {
            var next = k + 1 < recorded.Count ? recorded[k + 1] : null;
            laps.Add(Derive(k + 1, recorded[k], next, timeline, utcOffset));
        }
        return laps;
    }

    private static Lap Derive(int number, RecordedLap lap, RecordedLap? next, SampleTimeline timeline, TimeSpan? utcOffset)
    {
        var startS = timeline.Count > 0 ? timeline.SecondsAt(lap.StartTime) : 0;
        var endS = WindowEnd(lap, next, timeline, startS);
        var elapsed = lap.ElapsedTime ?? new Duration(Math.Max(0, endS - startS));
        var timer = lap.TimerTime ?? elapsed;
        var distance = lap.Distance ?? new Distance(Math.Max(0, timeline.DistanceAtM(endS) - timeline.DistanceAtM(startS)));
        var samples = timeline.Samples;
        var times = timeline.TimesS;
        var isLast = next is null;
        var hr = samples.Column(SampleChannel.HeartRateBpm);
        var averageHr = lap.AverageHeartRate ?? ToHeartRate(ChannelStatistics.Mean(times, hr, startS, endS, isLast));
        var maxHr = lap.MaxHeartRate ?? ToHeartRate(ChannelStatistics.Max(times, hr, startS, endS, isLast));
        var cadence = lap.AverageCadenceSpm ?? ChannelStatistics.Mean(times, samples.Column(SampleChannel.CadenceSpm), startS, endS, isLast);
        var speed = lap.AverageSpeed ?? (timer.Seconds > 0 && distance.Meters > 0 ? Speed.From(distance, timer) : null);
        return new Lap(number, LocalOffset.Apply(lap.StartTime, utcOffset), distance, timer, elapsed, averageHr, maxHr, speed, cadence);
    }

    private static double WindowEnd(RecordedLap lap, RecordedLap? next, SampleTimeline timeline, double startS)
    {
        if (lap.ElapsedTime is { } elapsed) return startS + elapsed.Seconds;
        if (next is not null && timeline.Count > 0) return timeline.SecondsAt(next.StartTime);
        if (timeline.Count > 0) return timeline.DurationS;
        return startS + (lap.TimerTime?.Seconds ?? 0);
    }

    private static HeartRate? ToHeartRate(double? bpm) => bpm is { } value ? new HeartRate(value) : null;
}
