using static HybridCoach.Formats.Fit.Profile.FitFieldKind;

namespace HybridCoach.Formats.Fit.Profile;

/// <summary>
/// Activity messages of the FIT Profile (Messages sheet: record, lap, session, event, activity, hrv, hr):
/// field numbers, scales, offsets and units as published there.
/// </summary>
internal static class FitActivityMessageProfiles
{
    private static FitFieldProfile F(byte n, string name, double scale = 1, double offset = 0, string? units = null,
        FitFieldKind kind = Number) => new(n, name, scale, offset, units, kind);

    private static FitFieldProfile Timestamp => F(253, "timestamp", units: "s", kind: Date);

    public static readonly FitMessageProfile Record = new(FitMessageNumbers.Record, "record",
        Timestamp, F(0, "position_lat", units: "semicircles", kind: Semicircles),
        F(1, "position_long", units: "semicircles", kind: Semicircles), F(2, "altitude", 5, 500, "m"),
        F(3, "heart_rate", units: "bpm"), F(4, "cadence", units: "rpm"), F(5, "distance", 100, units: "m"),
        F(6, "speed", 1000, units: "m/s"), F(7, "power", units: "watts"), F(8, "compressed_speed_distance"),
        F(9, "grade", 100, units: "%"), F(10, "resistance"), F(11, "time_from_course", 1000, units: "s"),
        F(12, "cycle_length", 100, units: "m"), F(13, "temperature", units: "C"), F(17, "speed_1s", 16, units: "m/s"),
        F(18, "cycles", units: "cycles"), F(19, "total_cycles", units: "cycles"),
        F(28, "compressed_accumulated_power", units: "watts"), F(29, "accumulated_power", units: "watts"),
        F(30, "left_right_balance"), F(31, "gps_accuracy", units: "m"), F(32, "vertical_speed", 1000, units: "m/s"),
        F(33, "calories", units: "kcal"), F(39, "vertical_oscillation", 10, units: "mm"),
        F(40, "stance_time_percent", 100, units: "percent"), F(41, "stance_time", 10, units: "ms"),
        F(42, "activity_type", kind: Choice), F(43, "left_torque_effectiveness", 2, units: "percent"),
        F(44, "right_torque_effectiveness", 2, units: "percent"), F(45, "left_pedal_smoothness", 2, units: "percent"),
        F(46, "right_pedal_smoothness", 2, units: "percent"), F(47, "combined_pedal_smoothness", 2, units: "percent"),
        F(48, "time128", 128, units: "s"), F(49, "stroke_type", kind: Choice), F(50, "zone"),
        F(51, "ball_speed", 100, units: "m/s"), F(52, "cadence256", 256, units: "rpm"),
        F(53, "fractional_cadence", 128, units: "rpm"), F(73, "enhanced_speed", 1000, units: "m/s"),
        F(78, "enhanced_altitude", 5, 500, "m"), F(81, "battery_soc", 2, units: "percent"),
        F(82, "motor_power", units: "watts"), F(83, "vertical_ratio", 100, units: "percent"),
        F(84, "stance_time_balance", 100, units: "percent"), F(85, "step_length", 10, units: "mm"),
        F(91, "absolute_pressure", units: "Pa"), F(92, "depth", 1000, units: "m"),
        F(108, "respiration_rate", 100, units: "breaths/min"));

    public static readonly FitMessageProfile Lap = new(FitMessageNumbers.Lap, "lap",
        Timestamp, F(254, "message_index"), F(0, "event", kind: Choice), F(1, "event_type", kind: Choice),
        F(2, "start_time", units: "s", kind: Date),
        F(3, "start_position_lat", units: "semicircles", kind: Semicircles),
        F(4, "start_position_long", units: "semicircles", kind: Semicircles),
        F(5, "end_position_lat", units: "semicircles", kind: Semicircles),
        F(6, "end_position_long", units: "semicircles", kind: Semicircles),
        F(7, "total_elapsed_time", 1000, units: "s"), F(8, "total_timer_time", 1000, units: "s"),
        F(9, "total_distance", 100, units: "m"), F(10, "total_cycles", units: "cycles"),
        F(11, "total_calories", units: "kcal"), F(13, "avg_speed", 1000, units: "m/s"),
        F(14, "max_speed", 1000, units: "m/s"), F(15, "avg_heart_rate", units: "bpm"),
        F(16, "max_heart_rate", units: "bpm"), F(17, "avg_cadence", units: "rpm"), F(18, "max_cadence", units: "rpm"),
        F(19, "avg_power", units: "watts"), F(20, "max_power", units: "watts"), F(21, "total_ascent", units: "m"),
        F(22, "total_descent", units: "m"), F(24, "lap_trigger", kind: Choice), F(25, "sport", kind: Choice),
        F(39, "sub_sport", kind: Choice), F(80, "avg_fractional_cadence", 128, units: "rpm"),
        F(81, "max_fractional_cadence", 128, units: "rpm"), F(110, "enhanced_avg_speed", 1000, units: "m/s"),
        F(111, "enhanced_max_speed", 1000, units: "m/s"));

    public static readonly FitMessageProfile Session = new(FitMessageNumbers.Session, "session",
        Timestamp, F(254, "message_index"), F(0, "event", kind: Choice), F(1, "event_type", kind: Choice),
        F(2, "start_time", units: "s", kind: Date),
        F(3, "start_position_lat", units: "semicircles", kind: Semicircles),
        F(4, "start_position_long", units: "semicircles", kind: Semicircles),
        F(5, "sport", kind: Choice), F(6, "sub_sport", kind: Choice),
        F(7, "total_elapsed_time", 1000, units: "s"), F(8, "total_timer_time", 1000, units: "s"),
        F(9, "total_distance", 100, units: "m"), F(10, "total_cycles", units: "cycles"),
        F(11, "total_calories", units: "kcal"), F(14, "avg_speed", 1000, units: "m/s"),
        F(15, "max_speed", 1000, units: "m/s"), F(16, "avg_heart_rate", units: "bpm"),
        F(17, "max_heart_rate", units: "bpm"), F(18, "avg_cadence", units: "rpm"), F(19, "max_cadence", units: "rpm"),
        F(20, "avg_power", units: "watts"), F(21, "max_power", units: "watts"), F(22, "total_ascent", units: "m"),
        F(23, "total_descent", units: "m"), F(25, "first_lap_index"), F(26, "num_laps"),
        F(92, "avg_fractional_cadence", 128, units: "rpm"), F(93, "max_fractional_cadence", 128, units: "rpm"),
        F(124, "enhanced_avg_speed", 1000, units: "m/s"), F(125, "enhanced_max_speed", 1000, units: "m/s"));

    public static readonly FitMessageProfile Event = new(FitMessageNumbers.Event, "event",
        Timestamp, F(0, "event", kind: Choice), F(1, "event_type", kind: Choice), F(2, "data16"), F(3, "data"),
        F(4, "event_group"), F(7, "score"), F(8, "opponent_score"), F(9, "front_gear_num"), F(10, "front_gear"),
        F(11, "rear_gear_num"), F(12, "rear_gear"), F(13, "device_index"));

    public static readonly FitMessageProfile Activity = new(FitMessageNumbers.Activity, "activity",
        Timestamp, F(0, "total_timer_time", 1000, units: "s"), F(1, "num_sessions"), F(2, "type", kind: Choice),
        F(3, "event", kind: Choice), F(4, "event_type", kind: Choice), F(5, "local_timestamp", kind: LocalDate),
        F(6, "event_group"));

    public static readonly FitMessageProfile Hrv = new(FitMessageNumbers.Hrv, "hrv", F(0, "time", 1000, units: "s"));

    public static readonly FitMessageProfile Hr = new(FitMessageNumbers.Hr, "hr",
        Timestamp, F(0, "fractional_timestamp", 32768, units: "s"), F(1, "time256", 256, units: "s"),
        F(6, "filtered_bpm", units: "bpm"), F(9, "event_timestamp", 1024, units: "s"), F(10, "event_timestamp_12"));

    public static readonly FitMessageProfile[] All = [Record, Lap, Session, Event, Activity, Hrv, Hr];
}
