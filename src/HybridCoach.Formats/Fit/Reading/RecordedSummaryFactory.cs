using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Turns decoded session and lap messages into <see cref="RecordedSession"/> / <see cref="RecordedLap"/>.
/// Speeds prefer the enhanced_* fields; running cadence becomes steps/min (FIT stores strides/min per leg,
/// plus avg_fractional_cadence, so steps = 2 * (cadence + fraction)).
/// </summary>
internal static class RecordedSummaryFactory
{
    public static RecordedSession Session(FitMessage m)
    {
        var sport = (long?)m.GetDouble("sport");
        var subSport = (long?)m.GetDouble("sub_sport");
        var mapped = FitSportMapping.ToSport(sport, subSport);
        return new RecordedSession(mapped, subSport is null ? null : FitSportNames.SubSport(subSport.Value),
            StartTime(m), Seconds(m, "total_timer_time"), Seconds(m, "total_elapsed_time"), Meters(m, "total_distance"),
            Bpm(m, "avg_heart_rate"), Bpm(m, "max_heart_rate"), Mps(m, "enhanced_avg_speed", "avg_speed"),
            Mps(m, "enhanced_max_speed", "max_speed"), Cadence(m, mapped.IsRun()), m.GetDouble("total_ascent"),
            m.GetDouble("total_descent"), m.GetDouble("total_calories"));
    }

    public static RecordedLap Lap(FitMessage m, bool running) =>
        new(StartTime(m), Seconds(m, "total_timer_time"), Seconds(m, "total_elapsed_time"), Meters(m, "total_distance"),
            Bpm(m, "avg_heart_rate"), Bpm(m, "max_heart_rate"), Mps(m, "enhanced_avg_speed", "avg_speed"),
            Mps(m, "enhanced_max_speed", "max_speed"), Cadence(m, running), m.GetDouble("total_ascent"),
            m.GetDouble("total_descent"), TriggerName((long?)m.GetDouble("lap_trigger")));

    private static DateTimeOffset StartTime(FitMessage m) =>
        FitTime.ToDateTimeOffset(m.GetDouble("start_time") ?? m.GetDouble("timestamp") ?? 0);

    private static Duration? Seconds(FitMessage m, string name) => m.GetDouble(name) is { } s ? new Duration(s) : null;
    private static Distance? Meters(FitMessage m, string name) => m.GetDouble(name) is { } d ? new Distance(d) : null;
    private static HeartRate? Bpm(FitMessage m, string name) => m.GetDouble(name) is { } b ? new HeartRate(b) : null;

    private static Speed? Mps(FitMessage m, string enhanced, string plain) =>
        (m.GetDouble(enhanced) ?? m.GetDouble(plain)) is { } v ? new Speed(v) : null;

    private static double? Cadence(FitMessage m, bool running)
    {
        if (m.GetDouble("avg_cadence") is not { } cadence) return null;
        var total = cadence + (m.GetDouble("avg_fractional_cadence") ?? 0);
        return running ? total * 2 : total;
    }

    /// <summary>FIT Profile "lap_trigger" enum names.</summary>
    private static string? TriggerName(long? trigger) => trigger switch
    {
        null => null,
        0 => "manual",
        1 => "time",
        2 => "distance",
        3 => "position_start",
        4 => "position_lap",
        5 => "position_waypoint",
        6 => "position_marked",
        7 => "session_end",
        8 => "fitness_equipment",
        _ => "trigger_" + trigger,
    };
}
