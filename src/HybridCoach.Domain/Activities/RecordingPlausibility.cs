using System.Globalization;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Physical and device limits a recording must hold before anything is derived from it, so a hostile or broken
/// file is refused with the field named instead of exhausting the machine (a cumulative distance of 1e10 m would
/// make ten million splits) or storing totals no read can use (a negative timer time breaks every load):
/// <list type="bullet">
/// <item>distance 0 to <see cref="MaxDistanceM"/> (1,000 km: past the longest multi-day races, far under a FIT
/// distance field's ~42,950 km), durations 0 to <see cref="MaxDuration"/> (14 days), ascent and descent 0 to
/// <see cref="MaxClimbM"/>, calories 0 to <see cref="MaxCalories"/>;</item>
/// <item>the recording's mean speed at most <see cref="MaxMeanSpeedMps"/> (30 m/s, 108 km/h: no human runs it, and
/// no ride holds it for a whole recording), a stated speed at most <see cref="MaxSpeedMps"/> (60 m/s);</item>
/// <item>times between <see cref="Earliest"/> and <see cref="Latest"/> (the GPS era to the plausible future).</item>
/// </list>
/// Product limits, chosen far outside any real recording so that none is refused.
/// </summary>
public static class RecordingPlausibility
{
    public const double MaxDistanceM = 1_000_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(14);
    public const double MaxClimbM = 100_000;
    public const double MaxCalories = 100_000;
    public const double MaxMeanSpeedMps = 30;
    public const double MaxSpeedMps = 60;
    public static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first limit the recording breaks, as "field value: reason"; null when it holds them all.</summary>
    public static string? Problem(ActivityRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        for (var i = 0; i < recording.Sessions.Count; i++)
            if (Totals($"session {i + 1}", recording.Sessions[i].StartTime, recording.Sessions[i].TimerTime?.Seconds, recording.Sessions[i].ElapsedTime?.Seconds,
                    recording.Sessions[i].Distance?.Meters, recording.Sessions[i].AscentM, recording.Sessions[i].DescentM, recording.Sessions[i].AverageSpeed?.MetersPerSecond,
                    recording.Sessions[i].MaxSpeed?.MetersPerSecond, recording.Sessions[i].Calories) is { } session) return session;
        for (var i = 0; i < recording.Laps.Count; i++)
            if (Totals($"lap {i + 1}", recording.Laps[i].StartTime, recording.Laps[i].TimerTime?.Seconds, recording.Laps[i].ElapsedTime?.Seconds,
                    recording.Laps[i].Distance?.Meters, recording.Laps[i].AscentM, recording.Laps[i].DescentM, recording.Laps[i].AverageSpeed?.MetersPerSecond,
                    recording.Laps[i].MaxSpeed?.MetersPerSecond, null) is { } lap) return lap;
        return Samples(recording.Samples);
    }

    /// <summary>
    /// The first limit a stored summary breaks (an activity stored before these checks, or a row edited by hand), or
    /// null: reads skip such an activity with a warning instead of failing for good.
    /// </summary>
    public static string? Problem(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Totals("activity", summary.StartTime, summary.TimerTime.Seconds, summary.ElapsedTime.Seconds, summary.Distance.Meters,
                summary.AscentM, summary.DescentM, summary.AverageSpeed?.MetersPerSecond, summary.MaxSpeed?.MetersPerSecond, null)
            ?? Range("activity moving time", summary.MovingTime.Seconds, MaxDuration.TotalSeconds, "s", "14 days");
    }

    private static string? Totals(string what, DateTimeOffset start, double? timerS, double? elapsedS, double? distanceM, double? ascentM,
        double? descentM, double? meanSpeed, double? maxSpeed, double? calories) =>
        Time($"{what} start", start)
        ?? Range($"{what} timer time", timerS, MaxDuration.TotalSeconds, "s", "14 days")
        ?? Range($"{what} elapsed time", elapsedS, MaxDuration.TotalSeconds, "s", "14 days")
        ?? Range($"{what} distance", distanceM, MaxDistanceM, "m")
        ?? Range($"{what} ascent", ascentM, MaxClimbM, "m")
        ?? Range($"{what} descent", descentM, MaxClimbM, "m")
        ?? Range($"{what} average speed", meanSpeed, MaxMeanSpeedMps, "m/s")
        ?? Range($"{what} maximum speed", maxSpeed, MaxSpeedMps, "m/s")
        ?? Range($"{what} calories", calories, MaxCalories, "kcal");

    private static string? Samples(SampleSeries samples)
    {
        if (samples.Count == 0) return null;
        var times = samples.TimestampsMs;
        var first = Instant(times[0]);
        var last = Instant(times[^1]);
        if ((Time("first sample time", first) ?? Time("last sample time", last)) is { } time) return time;
        if (last - first > MaxDuration) return $"samples span {(last - first).TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days: more than {MaxDuration.TotalDays:0} days";
        var distances = samples.Column(SampleChannel.DistanceM);
        foreach (var d in distances)
            if (Range("sample distance", d, MaxDistanceM, "m") is { } distance) return distance;
        foreach (var s in samples.Column(SampleChannel.SpeedMps))
            if (Range("sample speed", s, MaxSpeedMps, "m/s") is { } speed) return speed;
        var spanS = (last - first).TotalSeconds;
        if (distances.Length > 1 && spanS >= 60 && distances[^1] / spanS > MaxMeanSpeedMps)
            return string.Create(CultureInfo.InvariantCulture,
                $"sample distance {distances[^1]:0} m in {spanS:0} s: a mean speed of {distances[^1] / spanS:0.#} m/s, more than {MaxMeanSpeedMps:0} m/s");
        return null;
    }

    /// <summary>A sample time as an instant, clamped to what DateTimeOffset holds (a hostile timestamp must not throw here).</summary>
    private static DateTimeOffset Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(unixMs, DateTimeOffset.MinValue.ToUnixTimeMilliseconds(), DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()));

    private static string? Range(string field, double? value, double max, string unit, string? maxText = null)
    {
        if (value is not { } v || double.IsNaN(v)) return null;
        if (double.IsInfinity(v) || v < 0 || v > max)
            return string.Create(CultureInfo.InvariantCulture, $"{field} {v:G6} {unit}: outside 0–{maxText ?? string.Create(CultureInfo.InvariantCulture, $"{max:#,0} {unit}")}");
        return null;
    }

    private static string? Time(string field, DateTimeOffset value) =>
        value < Earliest || value >= Latest
            ? string.Create(CultureInfo.InvariantCulture, $"{field} {value:yyyy-MM-dd}: outside {Earliest:yyyy}–{Latest.Year - 1}")
            : null;
}
