using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>
/// Hand-made season plans for the validator tests. <see cref="Valid"/> is an 11-week half-marathon plan that
/// holds every invariant, with figures chosen to be checked by hand: weeks of 40, 44, 48, 36 (recovery), 48, 52,
/// 56, 42 (recovery), 56, 30 (taper) km and the race week; each loading week is Mon rest, Tue tempo 9 km
/// (2 km + 5 km at z4 + 2 km), Wed/Thu easy, Fri rest, Sat easy, Sun long = 28 % of the week.
/// Threshold 4:30/km gives z2 = 5:10.3–5:37.5/km and z4 = 4:17.1–4:44.2/km (science.md §11.1).
/// </summary>
internal static class HandPlans
{
    public static readonly Pace Threshold = new(270);
    public static readonly PaceRange EasyPace = new(new Pace(315), new Pace(335));   // mid 5:25/km, inside z2
    public static readonly PaceRange TempoPace = new(new Pace(265), new Pace(275));  // mid 4:30/km, inside z4
    public static readonly DateOnly Start = new(2025, 1, 6);                         // a Monday
    public static readonly DateOnly GoalRaceDate = new(2025, 3, 23);                 // Sunday of week 11
    public const double LongShare = 0.28;
    public const double TempoKm = 9;

    public static readonly VariantSettings Settings = new(PlanVariant.Moderate, AcwrCeiling: 1.3, MaxCycleGrowth: 0.10,
        QualitySessionsPerCycle: 1, EnvelopePosition: 0.5, RecoveryEvery: 3, RecoveryReduction: 0.25,
        LongRunMaxDurationS: 9000);

    public static readonly (Phase Phase, double Km, bool Recovery)[] Season =
    [
        (Phase.Base, 40, false), (Phase.Base, 44, false), (Phase.Base, 48, false), (Phase.Base, 36, true),
        (Phase.Build, 48, false), (Phase.Build, 52, false), (Phase.Build, 56, false), (Phase.Sharpen, 42, true),
        (Phase.Sharpen, 56, false), (Phase.Taper, 30, false),
    ];

    public static RaceEntry GoalRace => new(GoalRaceDate, "Spring Half", Distance.FromKilometers(21.0975), RacePriority.A);

    public static PlanRequest Request(RunnerType runnerType = RunnerType.Marathoner, IReadOnlyList<RaceEntry>? otherRaces = null,
        DayOfWeek[]? available = null, DayOfWeek[]? clear = null, RaceEntry? goal = null) =>
        new(new AthleteFitness(40_000, 14_000, Threshold, null, null, []), goal ?? GoalRace, null, otherRaces ?? [], Start, 7,
            available ?? [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            DayOfWeek.Sunday, clear ?? [DayOfWeek.Friday], false, [], runnerType, DistanceUnit.Kilometers, false);

    public static SeasonPlan Valid(VariantSettings? settings = null)
    {
        var cycles = Season.Select((w, i) => Week(i + 1, w.Phase, Start.AddDays(7 * i), w.Km, w.Recovery)).ToList();
        cycles.Add(RaceWeek(11, Start.AddDays(70)));
        return Plan(cycles, settings);
    }

    public static DateOnly DateOf(int cycleIndex, DayOfWeek day) => Start.AddDays(7 * (cycleIndex - 1) + ((int)day + 6) % 7);

    /// <summary>A loading week (or longer cycle): rest, tempo (easy if recovery), easy days, rest on day 5, long last.</summary>
    public static Microcycle Week(int index, Phase phase, DateOnly start, double km, bool recovery = false, int lengthDays = 7)
    {
        var longKm = LongShare * km;
        var easyKm = (km - TempoKm - longKm) / (lengthDays - 4);
        var days = Enumerable.Range(0, lengthDays).Select(i =>
        {
            var date = start.AddDays(i);
            if (i == 0 || i == 4) return Rest(date);
            if (i == 1) return recovery ? Easy(date, TempoKm) : Tempo(date);
            return i == lengthDays - 1 ? Long(date, longKm) : Easy(date, easyKm);
        }).ToList();
        return new Microcycle(index, phase, start, recovery ? "recovery" : PlanPhaseFocus(phase), recovery, days);
    }

    public static Microcycle RaceWeek(int index, DateOnly start) => new(index, Phase.Race, start, "race", false,
    [
        Rest(start), Easy(start.AddDays(1), 8), Easy(start.AddDays(2), 6), Easy(start.AddDays(3), 5), Rest(start.AddDays(4)),
        Easy(start.AddDays(5), 4), Race(start.AddDays(6), 21.0975, 5400),
    ]);

    public static SeasonPlan Plan(IReadOnlyList<Microcycle> cycles, VariantSettings? settings = null, double acwr = 1.1)
    {
        var days = cycles.SelectMany(c => c.Days).Select(d => new ProjectedDay(d.Date, d.DurationS / 60, acwr, 40)).ToList();
        var projection = new PlanProjection(cycles.Select(c => c.PlannedDistanceM).ToList(), days);
        var feasibility = new Feasibility(true, null, null, null, null, "no target time");
        return new SeasonPlan(settings ?? Settings, cycles, feasibility, projection);
    }

    /// <summary>The plan with the session on <paramref name="session"/>'s date replaced by it.</summary>
    public static SeasonPlan Replace(SeasonPlan plan, params PlannedSession[] sessions) =>
        plan with
        {
            Microcycles = plan.Microcycles.Select(c => c with
            {
                Days = c.Days.Select(d => sessions.FirstOrDefault(s => s.Date == d.Date) ?? d).ToList(),
            }).ToList(),
        };

    public static SeasonPlan ReplaceCycle(SeasonPlan plan, Microcycle cycle) =>
        plan with { Microcycles = plan.Microcycles.Select(c => c.Index == cycle.Index ? cycle : c).ToList() };

    public static PlannedSession Rest(DateOnly date) => new(date, SessionType.Rest, 0, 0, [], null, "rest", []);

    public static PlannedSession Easy(DateOnly date, double km, SessionType type = SessionType.Easy) =>
        Steady(date, type, km, EasyPace, "z2");

    public static PlannedSession Long(DateOnly date, double km) => Steady(date, SessionType.Long, km, EasyPace, "z2");

    public static PlannedSession Steady(DateOnly date, SessionType type, double km, PaceRange pace, string? zoneId)
    {
        var step = new SessionStep(StepKind.Active, km * 1000, null, pace, zoneId, $"{km:0.#} km steady");
        return new PlannedSession(date, type, km * 1000, km * pace.Mid.SecondsPerKilometer, [step], zoneId, "aerobic base", []);
    }

    /// <summary>9 km: 2 km warm-up (z2), 5 km at threshold (z4), 2 km cool-down: 2650 s, 1350 s of it hard.</summary>
    public static PlannedSession Tempo(DateOnly date)
    {
        SessionStep[] steps =
        [
            new(StepKind.WarmUp, 2000, null, EasyPace, "z2", "warm-up"),
            new(StepKind.Active, 5000, null, TempoPace, "z4", "tempo"),
            new(StepKind.CoolDown, 2000, null, EasyPace, "z2", "cool-down"),
        ];
        return new PlannedSession(date, SessionType.Tempo, 9000, 4000 * 0.325 + 5000 * 0.270, steps, "z4", "threshold", []);
    }

    public static PlannedSession Race(DateOnly date, double km, double seconds) =>
        new(date, SessionType.Race, km * 1000, seconds, [], null, "race", []);

    public static PlannedSession Unstepped(DateOnly date, SessionType type, double km, double seconds) =>
        new(date, type, km * 1000, seconds, [], null, type.ToId(), []);

    public static PlannedSession Strength(DateOnly date) =>
        new(date, SessionType.Strength, 0, 1800, [], null, "strength", [new StrengthExercise("squat", 3, 10, null, "slow down")]);

    private static string PlanPhaseFocus(Phase phase) => phase.ToString().ToLowerInvariant();
}
