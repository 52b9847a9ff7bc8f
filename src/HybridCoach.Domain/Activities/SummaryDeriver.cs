using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// The activity's summary: every total the sessions state is kept; the rest is derived from the samples.
/// Without samples (a manual entry) a missing elapsed time is the timer time and moving time equals it.
/// </summary>
public static class SummaryDeriver
{
    public static ActivitySummary Derive(ActivityRecording recording, SampleTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(timeline);
        var stated = new SessionTotals(recording.Sessions);
        var samples = timeline.Samples;
        var startUtc = stated.Start ?? DateTimeOffset.FromUnixTimeMilliseconds(timeline.StartMs);
        var sampledElapsedS = SampledElapsedS(timeline, startUtc);

        var distanceM = stated.Sum(s => s.Distance?.Meters) ?? timeline.TotalDistanceM;
        var statedTimerS = stated.Sum(s => s.TimerTime?.Seconds);
        var statedElapsedS = stated.Sum(s => s.ElapsedTime?.Seconds);
        var timerS = statedTimerS ?? statedElapsedS ?? sampledElapsedS;
        var elapsedS = statedElapsedS ?? Math.Max(timerS, sampledElapsedS);
        var movingS = Math.Min(timerS, MovingTimeS(timeline) ?? timerS);

        var times = timeline.TimesS;
        var hr = samples.Column(SampleChannel.HeartRateBpm);
        var averageHr = stated.TimeWeightedMean(s => s.AverageHeartRate?.BeatsPerMinute)
            ?? ChannelStatistics.Mean(times, hr, 0, double.PositiveInfinity);
        var maxHr = stated.Max(s => s.MaxHeartRate?.BeatsPerMinute)
            ?? ChannelStatistics.Max(times, hr, 0, double.PositiveInfinity);
        var cadence = stated.TimeWeightedMean(s => s.AverageCadenceSpm)
            ?? ChannelStatistics.Mean(times, samples.Column(SampleChannel.CadenceSpm), 0, double.PositiveInfinity);
        var (ascentM, descentM) = AscentDescent(stated, samples);
        var averageSpeed = recording.Sessions.Count == 1 && recording.Sessions[0].AverageSpeed is { } one
            ? one.MetersPerSecond
            : timerS > 0 && distanceM > 0 ? distanceM / timerS : (double?)null;
        var maxSpeed = stated.Max(s => s.MaxSpeed?.MetersPerSecond) ?? PeakSpeed(timeline);

        return new ActivitySummary(
            LocalOffset.Apply(startUtc, recording.UtcOffset), stated.Sport, stated.SubSport,
            new Distance(distanceM), new Duration(timerS), new Duration(elapsedS), new Duration(movingS),
            ToHeartRate(averageHr), ToHeartRate(maxHr), cadence, ascentM, descentM,
            ToSpeed(averageSpeed), ToSpeed(maxSpeed), recording.Device, recording.Name);
    }

    // From the stated start (which may precede the first sample) to the last sample.
    private static double SampledElapsedS(SampleTimeline timeline, DateTimeOffset startUtc)
    {
        if (timeline.Count == 0) return 0;
        return Math.Max(0, timeline.DurationS - timeline.SecondsAt(startUtc));
    }

    private static double? MovingTimeS(SampleTimeline timeline)
    {
        if (timeline.Count < 2) return null;
        if (timeline.DistancesM is { } distances) return MovingTimeCalculator.FromDistances(timeline.TimesS, distances);
        if (timeline.Samples.Has(SampleChannel.SpeedMps))
            return MovingTimeCalculator.FromSpeeds(timeline.TimesS, timeline.Samples.Column(SampleChannel.SpeedMps));
        return null;
    }

    private static (double? AscentM, double? DescentM) AscentDescent(SessionTotals stated, SampleSeries samples)
    {
        var statedAscent = stated.Sum(s => s.AscentM);
        var statedDescent = stated.Sum(s => s.DescentM);
        if (statedAscent is not null && statedDescent is not null || !samples.Has(SampleChannel.AltitudeM))
            return (statedAscent, statedDescent);
        var (ascent, descent) = ElevationGainCalculator.Compute(samples.Column(SampleChannel.AltitudeM));
        return (statedAscent ?? ascent, statedDescent ?? descent);
    }

    private static double? PeakSpeed(SampleTimeline timeline)
    {
        if (timeline.Samples.Has(SampleChannel.SpeedMps))
            return PeakSpeedCalculator.FromSpeeds(timeline.Samples.Column(SampleChannel.SpeedMps));
        return timeline.DistancesM is { } distances ? PeakSpeedCalculator.FromDistances(timeline.TimesS, distances) : null;
    }

    private static HeartRate? ToHeartRate(double? bpm) => bpm is { } value ? new HeartRate(value) : null;

    private static Speed? ToSpeed(double? mps) => mps is { } value ? new Speed(value) : null;
}
