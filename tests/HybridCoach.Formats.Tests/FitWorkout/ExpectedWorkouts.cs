using HybridCoach.Formats.Tests.Calendar;

namespace HybridCoach.Formats.Tests.FitWorkout;

/// <summary>
/// What the FIT workout of each session of <see cref="TestPlans.OneWeek"/> must hold, worked out by hand from
/// the plan and the FIT profile (workout_step: duration time in ms, distance in cm; speed targets in mm/s =
/// 1,000,000 / (s/km) rounded; wkt_step_duration time=0, distance=1, open=5, repeat_until_steps_cmplt=6;
/// wkt_step_target speed=0, open=2; intensity active=0, warmup=2, cooldown=3, recovery=4).
/// </summary>
public static class ExpectedWorkouts
{
    /// <summary>One expected workout_step; a null value = the field must be absent (Notes: null = not checked).</summary>
    public sealed record Step(int Index, string DurationType, long? DurationValue, string? TargetType, long? TargetValue,
        long? SpeedLowMmps, long? SpeedHighMmps, string? Intensity, string? Notes = null);

    public sealed record Workout(string FileName, string Name, string Sport, string SubSport, IReadOnlyList<Step> Steps);

    // Pace bands of TestPlans: 5:20–5:50/km → 3125–2857 mm/s; 4:00–4:10/km → 4167–4000; 6:00–6:30/km → 2778–2564;
    // 5:25–5:55/km → 3077–2817. The slow bound is the low speed.
    public static readonly IReadOnlyList<Step> TempoSteps =
    [
        new(0, "distance", 200_000, "speed", 0, 2857, 3125, "warmup"),
        new(1, "distance", 160_000, "speed", 0, 4000, 4167, "active"),
        new(2, "distance", 40_000, "speed", 0, 2564, 2778, "recovery"),
        new(3, "repeat_until_steps_cmplt", 1, null, 3, null, null, null),  // back to step 1, 3 times
        new(4, "distance", 200_000, "speed", 0, 2857, 3125, "cooldown"),
    ];

    public static readonly IReadOnlyList<Workout> OneWeek =
    [
        new("2026-12-01-easy.fit", "Easy run 8 km", "running", "generic",
            [new(0, "distance", 800_000, "speed", 0, 2857, 3125, "active")]),
        new("2026-12-02-strength.fit", "Strength & conditioning", "training", "strength_training",
        [
            new(0, "open", null, "open", null, null, null, "active", "Goblet squat: 3 × 10 — knees track toes, chest up"),
            new(1, "open", null, "open", null, null, null, "active", "Plank: 3 × 45 s — straight line; breathe"),
            new(2, "open", null, "open", null, null, null, "active", "Single-leg RDL: 2 × 8 — slow, hips square"),
        ]),
        new("2026-12-03-tempo.fit", "Tempo 10 km", "running", "generic", TempoSteps),
        new("2026-12-05-long.fit", "Long run 18 km", "running", "generic",
            [new(0, "time", 6_000_000, "speed", 0, 2817, 3077, "active")]),
        new("2026-12-06-cross-training.fit", "Cross training", "training", "generic",
            [new(0, "time", 2_700_000, "open", null, null, null, "active")]),
    ];

    public static byte DurationCode(string name) => name switch
    {
        "time" => 0, "distance" => 1, "open" => 5, "repeat_until_steps_cmplt" => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static byte TargetCode(string name) => name switch
    {
        "speed" => 0, "open" => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static byte IntensityCode(string name) => name switch
    {
        "active" => 0, "warmup" => 2, "cooldown" => 3, "recovery" => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static (byte Sport, byte SubSport) SportCodes(string sport, string subSport) => (sport, subSport) switch
    {
        ("running", "generic") => (1, 0),
        ("training", "strength_training") => (10, 20),
        ("training", "generic") => (10, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(sport), $"{sport}/{subSport}", null),
    };
}
