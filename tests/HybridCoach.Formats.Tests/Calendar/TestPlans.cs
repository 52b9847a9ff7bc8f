using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Formats.Tests.Calendar;

/// <summary>
/// A hand-built one-microcycle plan (the planner is not used, so exports are tested on known prescriptions):
/// Mon rest; Tue easy 8 km; Wed strength; Thu tempo (2 km warm-up z2, 3 × [1600 m at T pace, 400 m jog],
/// 2 km cool-down); Fri rest; Sat long run of 100 min; Sun 45 min cross-training.
/// </summary>
public static class TestPlans
{
    public static readonly DateOnly Monday = new(2026, 11, 30);
    public static readonly DateOnly TempoDay = new(2026, 12, 3);

    /// <summary>Daniels T pace band 4:00–4:10/km; easy z2 5:20–5:50/km; jog z1 6:00–6:30/km; long 5:25–5:55/km.</summary>
    public static readonly PaceRange Threshold = Band(240, 250);
    public static readonly PaceRange Easy = Band(320, 350);
    public static readonly PaceRange Jog = Band(360, 390);
    public static readonly PaceRange LongRun = Band(325, 355);

    public const string TempoPurpose = "Threshold: raise lactate clearance; hold the pace, relaxed\\steady";

    public static SeasonPlan OneWeek(PlanVariant variant = PlanVariant.Moderate)
    {
        var days = new[]
        {
            Rest(Monday),
            Session(Monday.AddDays(1), SessionType.Easy, 8000, 2680, "z2", "Aerobic volume at conversational effort",
                Step(StepKind.Active, 8000, null, Easy, "z2", "easy, conversational")),
            Strength(Monday.AddDays(2)),
            Tempo(),
            Rest(Monday.AddDays(4)),
            Session(Monday.AddDays(5), SessionType.Long, 18000, 6000, "z2", "Endurance: time on feet",
                Step(StepKind.Active, null, 6000, LongRun, "z2", "steady, fuel every 30 min")),
            Session(Monday.AddDays(6), SessionType.CrossTraining, 0, 2700, null, "Aerobic cross-training, no impact",
                Step(StepKind.Active, null, 2700, null, null, "bike or swim, easy")),
        };
        var cycle = new Microcycle(1, Phase.Build, Monday, "Threshold", false, days);
        var settings = new VariantSettings(variant, 1.3, 0.1, 2, 0.5, 4, 0.25, 9000);
        var feasibility = new Feasibility(true, 50, 50, null, null, "realistic");
        return new SeasonPlan(settings, [cycle], feasibility, new PlanProjection([cycle.PlannedDistanceM], []));
    }

    public static PlannedSession Tempo() => Session(TempoDay, SessionType.Tempo, 10_000, 2900, "daniels_t", TempoPurpose,
        Step(StepKind.WarmUp, 2000, null, Easy, "z2", "easy, then 4 strides"),
        SessionStep.Repeat(3, "three cruise reps",
            Step(StepKind.Active, 1600, null, Threshold, "daniels_t", "comfortably hard"),
            Step(StepKind.Recovery, 400, null, Jog, "z1", "jog")),
        Step(StepKind.CoolDown, 2000, null, Easy, "z2", "easy"));

    public static PlannedSession Strength(DateOnly date) => new(date, SessionType.Strength, 0, 1800, [], null,
        "Strength for running economy, twice a week",
        [
            new StrengthExercise("Goblet squat", 3, 10, null, "knees track toes, chest up"),
            new StrengthExercise("Plank", 3, null, 45, "straight line; breathe"),
            new StrengthExercise("Single-leg RDL", 2, 8, null, "slow, hips square"),
        ]);

    public static PlannedSession Rest(DateOnly date) => new(date, SessionType.Rest, 0, 0, [], null, "Rest", []);

    private static PlannedSession Session(DateOnly date, SessionType type, double distanceM, double durationS, string? zone,
        string purpose, params SessionStep[] steps) => new(date, type, distanceM, durationS, steps, zone, purpose, []);

    private static SessionStep Step(StepKind kind, double? distanceM, double? durationS, PaceRange? pace, string? zone, string cue) =>
        new(kind, distanceM, durationS, pace, zone, cue);

    private static PaceRange Band(double fastSPerKm, double slowSPerKm) => new(new Pace(fastSPerKm), new Pace(slowSPerKm));
}
