namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// FIT profile numbers of workout files (FIT profile "Messages" and "Types" sheets, profile 21.x; the
/// "Workout File" description of the FIT protocol): file type workout = 5; workout (26) and workout_step (27)
/// field numbers; the wkt_step_duration, wkt_step_target and intensity enums. duration_value and target_value
/// are dynamic fields whose meaning follows duration_type / target_type: duration_time (scale 1000, s),
/// duration_distance (scale 100, m), duration_step (the message_index to repeat from) with target_value as
/// repeat_steps (the number of repetitions); custom_target_speed_low/high (scale 1000, m/s) for a speed target
/// whose target_value (speed zone) is 0 = custom.
/// </summary>
public static class FitWorkoutProfile
{
    public const byte FileTypeWorkout = 5;  // file: workout

    /// <summary>workout message (26).</summary>
    public static class Workout
    {
        public const byte Sport = 4;          // enum sport
        public const byte NumValidSteps = 6;  // uint16
        public const byte WktName = 8;        // string
        public const byte SubSport = 11;      // enum sub_sport
    }

    /// <summary>workout_step message (27).</summary>
    public static class Step
    {
        public const byte WktStepName = 0;            // string
        public const byte DurationType = 1;           // enum wkt_step_duration
        public const byte DurationValue = 2;          // uint32, dynamic
        public const byte TargetType = 3;             // enum wkt_step_target
        public const byte TargetValue = 4;            // uint32, dynamic
        public const byte CustomTargetValueLow = 5;   // uint32, dynamic
        public const byte CustomTargetValueHigh = 6;  // uint32, dynamic
        public const byte Intensity = 7;              // enum intensity
        public const byte Notes = 8;                  // string
    }

    /// <summary>wkt_step_duration values used here.</summary>
    public static class Duration
    {
        public const byte Time = 0;                   // duration_value in ms
        public const byte Distance = 1;               // duration_value in cm
        public const byte Open = 5;                   // until the lap button
        public const byte RepeatUntilStepsComplete = 6;
    }

    /// <summary>wkt_step_target values used here.</summary>
    public static class Target
    {
        public const byte Speed = 0;
        public const byte Open = 2;
        public const uint CustomZone = 0;  // target_value 0 with a speed target: use the custom low/high band
    }

    /// <summary>intensity values.</summary>
    public static class Intensity
    {
        public const byte Active = 0, Rest = 1, Warmup = 2, Cooldown = 3, Recovery = 4;
    }

    public const double DurationTimeScale = 1000;   // ms per s
    public const double DurationDistanceScale = 100; // cm per m
    public const double SpeedScale = 1000;          // mm/s per m/s
}
