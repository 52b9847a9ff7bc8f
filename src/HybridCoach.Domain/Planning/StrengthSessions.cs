namespace HybridCoach.Domain.Planning;

/// <summary>
/// Strength &amp; conditioning days by phase and equipment. Heavy and plyometric work improves running economy
/// (Blagrove, Howatson &amp; Hayes 2018, Sports Med 48:1117–1149, systematic review; 2–3 sessions a week in most
/// studies). Periodised as usual in that literature: general strength (3 × 10–12) in base, heavier strength
/// (3–4 × 5–6) in build, power and maintenance (2 × 5 plus plyometrics) in sharpen and taper, mobility and core in
/// recovery microcycles. Loaded variants need dumbbells, kettlebell, barbell or a gym; bodyweight always works.
/// </summary>
public static class StrengthSessions
{
    public const double SessionS = 40 * 60;
    public const double RecoverySessionS = 25 * 60;

    public static PlannedSession For(DateOnly date, Phase phase, bool recovery, IReadOnlyList<Equipment> equipment)
    {
        var loaded = equipment.Any(e => e is Equipment.Dumbbells or Equipment.Kettlebell or Equipment.Barbell or Equipment.Gym);
        var band = equipment.Contains(Equipment.ResistanceBand) || equipment.Contains(Equipment.Gym);
        var (exercises, purpose) = recovery || phase is Phase.Recovery or Phase.Race
            ? (Mobility(band), "Mobility and core: keep the habit, recover from the load.")
            : phase switch
            {
                Phase.Base => (General(loaded, band), "General strength: tendons and muscles ready for the build."),
                Phase.Build => (Heavy(loaded), "Heavier strength: more force per stride, better running economy."),
                _ => (Power(loaded), "Power and maintenance: keep the strength, add spring, stay fresh."),
            };
        return SessionKit.Make(date, SessionType.Strength, [], null, purpose, exercises,
            recovery || phase is Phase.Recovery or Phase.Race ? RecoverySessionS : SessionS);
    }

    private static StrengthExercise[] General(bool loaded, bool band) =>
    [
        loaded ? new("Goblet squat", 3, 12, null, "Chest up, knees track over toes") : new("Bodyweight squat", 3, 15, null, "Sit back, full depth you control"),
        loaded ? new("Dumbbell reverse lunge", 3, 10, null, "Each leg; front shin vertical") : new("Reverse lunge", 3, 10, null, "Each leg; slow down, drive up"),
        new("Single-leg calf raise", 3, 15, null, "Each leg; full range, 2 s down"),
        band ? new("Banded lateral walk", 3, 12, null, "Each way; hips level") : new("Side-lying leg raise", 3, 15, null, "Each side; toes forward"),
        new("Plank", 3, null, 40, "Straight line head to heels"),
    ];

    private static StrengthExercise[] Heavy(bool loaded) =>
    [
        loaded ? new("Romanian deadlift", 4, 6, null, "Hinge at the hips, flat back, heavy but clean") : new("Single-leg Romanian deadlift", 3, 8, null, "Each leg; hips square"),
        loaded ? new("Bulgarian split squat (loaded)", 3, 6, null, "Each leg; controlled descent") : new("Bulgarian split squat", 3, 10, null, "Each leg; controlled descent"),
        loaded ? new("Weighted calf raise", 3, 8, null, "Heavy; pause at the top") : new("Single-leg calf raise", 3, 15, null, "Each leg; slow lowering"),
        new("Step-up", 3, 8, null, "Each leg; drive through the heel"),
        new("Side plank", 3, null, 30, "Each side; hips high"),
    ];

    private static StrengthExercise[] Power(bool loaded) =>
    [
        loaded ? new("Squat or trap-bar deadlift", 2, 5, null, "Heavy, fast up, stop well short of failure") : new("Jump squat", 2, 6, null, "Land softly, reset each rep"),
        new("Pogo hops", 2, 20, null, "Stiff ankles, quick contacts"),
        new("Bounding", 2, 8, null, "Each leg; tall, reach with the knee"),
        new("Single-leg calf raise", 2, 12, null, "Each leg"),
        new("Dead bug", 2, 10, null, "Each side; low back on the floor"),
    ];

    private static StrengthExercise[] Mobility(bool band) =>
    [
        new("Hip flexor stretch", 2, null, 45, "Each side; squeeze the glute"),
        new("Glute bridge", 2, 12, null, "Pause at the top"),
        band ? new("Banded clamshell", 2, 12, null, "Each side") : new("Clamshell", 2, 15, null, "Each side"),
        new("Bird dog", 2, 8, null, "Each side; slow"),
        new("Calf and hamstring stretch", 2, null, 45, "Each side"),
    ];
}
