namespace HybridCoach.Domain.Planning;

/// <summary>
/// The hard sessions, each a warm-up, a main set sized to a budget of hard seconds, and a cool-down. Shapes follow
/// Daniels' Running Formula: tempo 20 min continuous at T (here 10–30 min), cruise intervals of ~6 min at T with
/// 1 min jog, VO2 intervals of 3 min at I with a slightly shorter jog; hills 60 s uphill at I effort with a jog
/// down; fartlek 2 min brisk/2 min easy; race-pace reps whose length grows with the race distance. In sharpen and
/// taper with <see cref="SessionKit.RaceSpecificPercentages"/>, the main set is stated as % of goal race pace.
/// </summary>
public static class QualitySessions
{
    /// <summary>Warm-up and cool-down for low-volume weeks, so the session's easy part fits the week (product rule).</summary>
    public const double ShortWarmUpS = 10 * 60;
    public const double ShortCoolDownS = 5 * 60;

    /// <summary>
    /// Builds one quality session; <paramref name="warmUpScale"/> shrinks the short warm-up and cool-down (a microcycle
    /// whose full-size session would spike the ACWR: <see cref="SeasonPlanner.ShrunkQualityScale"/>).
    /// </summary>
    public static PlannedSession Build(SessionKit kit, SessionType type, DateOnly date, double hardBudgetS, bool raceSpecific, bool shortWarmUp = false,
        double warmUpScale = 1)
    {
        kit = shortWarmUp ? kit with { WarmUpS = Math.Round(ShortWarmUpS * warmUpScale), CoolDownS = Math.Round(ShortCoolDownS * warmUpScale) } : kit;
        var percent = raceSpecific && kit.RaceSpecificPercentages;
        return type switch
        {
            SessionType.Tempo => Continuous(kit, date, type, Intensity.Threshold, Math.Clamp(hardBudgetS, 10 * 60, 30 * 60), percent,
                "Tempo", "Raises lactate threshold: comfortably hard, controlled, even pace."),
            SessionType.CruiseIntervals => Reps(kit, date, type, Intensity.Threshold, Count(hardBudgetS, RepS(hardBudgetS, 2, 3 * 60, 6 * 60), 2, 6),
                RepS(hardBudgetS, 2, 3 * 60, 6 * 60), 60, percent,
                "Cruise interval", "Threshold work in pieces: more time at T with less strain than one long tempo."),
            SessionType.Vo2Intervals => Reps(kit, date, type, Intensity.Interval, Count(hardBudgetS, RepS(hardBudgetS, 3, 60, 3 * 60), 3, 6),
                RepS(hardBudgetS, 3, 60, 3 * 60), 150, percent,
                "VO2 interval", "Raises VO2max: hard but repeatable efforts, the last as quick as the first."),
            SessionType.Hills => Reps(kit, date, type, Intensity.Interval, Count(hardBudgetS, 60, 4, 10), 60, 90, false,
                "Hill rep (uphill, effort of this pace)", "Strength and power uphill with low impact; jog back down."),
            SessionType.Fartlek => Reps(kit, date, type, Intensity.Threshold, Count(hardBudgetS, 120, 3, 8), 120, 120, false,
                "Brisk", "Playful speed changes that teach pace and rhythm."),
            SessionType.RacePace => RacePace(kit, date, hardBudgetS),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a quality session type"),
        };
    }

    private static int Count(double budgetS, double repS, int min, int max) => Math.Clamp((int)Math.Floor(budgetS / repS), min, max);

    /// <summary>
    /// A rep's length: the full length (Daniels' 3–5 min at I, ~6 min at T) unless the budget holds fewer than
    /// <paramref name="minReps"/> of them — a low-volume week — then shorter reps, in whole half-minutes, down to
    /// <paramref name="shortestS"/>, so the session stays within Daniels' share of the week.
    /// </summary>
    private static double RepS(double budgetS, int minReps, double shortestS, double fullS) =>
        Math.Clamp(Math.Floor(budgetS / minReps / 30) * 30, shortestS, fullS);

    private static PlannedSession Continuous(SessionKit kit, DateOnly date, SessionType type, Intensity intensity, double seconds,
        bool percent, string name, string purpose)
    {
        var main = Main(kit, intensity, seconds, percent, name);
        return SessionKit.Make(date, type, [kit.Steps.WarmUp(kit.WarmUpS), main, kit.Steps.CoolDown(kit.CoolDownS)], main.ZoneId, purpose);
    }

    private static PlannedSession Reps(SessionKit kit, DateOnly date, SessionType type, Intensity intensity, int repeats, double repS,
        double jogS, bool percent, string name, string purpose)
    {
        var work = Main(kit, intensity, repS, percent, name);
        var block = SessionStep.Repeat(repeats, $"{repeats} × {StepMaker.Minutes(repS)} with {StepMaker.Minutes(jogS)} jog", work, kit.Steps.Jog(jogS));
        return SessionKit.Make(date, type, [kit.Steps.WarmUp(kit.WarmUpS), block, kit.Steps.CoolDown(kit.CoolDownS)], work.ZoneId, purpose);
    }

    private static SessionStep Main(SessionKit kit, Intensity intensity, double seconds, bool percent, string name)
    {
        if (!percent) return kit.Steps.ByTime(StepKind.Active, intensity, seconds, name);
        var zonePace = kit.Steps.Paces.Range(intensity).Mid;
        var pct = Math.Round(kit.GoalPace.SecondsPerKilometer / zonePace.SecondsPerKilometer * 100);
        return kit.Steps.AtRange(StepKind.Active, PaceBook.PercentOf(kit.GoalPace, pct), null, seconds,
            FormattableString.Invariant($"{name} at {pct:0} % of goal race pace"));
    }

    /// <summary>
    /// Race-pace reps of 1 km (5K), 2 km (10K), 3 km (half), stepped down (3, 2, 1 km, 400 m) while fewer than 2 fit
    /// the budget (down to 400 m); for the marathon and beyond, one continuous run at goal pace of 15 min up to
    /// <see cref="MarathonPaceMaxS"/> (Hansons' marathon-pace tempo runs grow to 10 mi; Daniels caps M at 110 min).
    /// </summary>
    private static PlannedSession RacePace(SessionKit kit, DateOnly date, double budgetS)
    {
        var repM = kit.GoalDistanceM switch { <= 6000 => 1000.0, <= 12000 => 2000.0, <= 25000 => 3000.0, _ => 0 };
        var range = PaceBook.PercentOf(kit.GoalPace, 100, 1.0);
        var label = kit.RaceSpecificPercentages ? "Goal race pace (100 % of goal race pace)" : "Goal race pace";
        const string purpose = "Race-specific: rehearse goal pace, rhythm and fuelling until it feels familiar.";
        if (repM == 0)
        {
            var main = kit.Steps.AtRange(StepKind.Active, range, null, Math.Clamp(budgetS, 15 * 60, MarathonPaceMaxS), label);
            return SessionKit.Make(date, SessionType.RacePace, [kit.Steps.WarmUp(kit.WarmUpS), main, kit.Steps.CoolDown(kit.CoolDownS)], main.ZoneId, purpose);
        }
        while (repM > ShortestRepM && budgetS / (repM / 1000 * kit.GoalPace.SecondsPerKilometer) < 2) repM = ShorterRep(repM);
        var repeats = Count(budgetS, repM / 1000 * kit.GoalPace.SecondsPerKilometer, 2, 6);
        var work = kit.Steps.AtRange(StepKind.Active, range, repM, null, label);
        var block = SessionStep.Repeat(repeats, $"{repeats} × {kit.Steps.DistanceText(repM)} at goal race pace with 2 min jog", work, kit.Steps.Jog(120));
        return SessionKit.Make(date, SessionType.RacePace, [kit.Steps.WarmUp(kit.WarmUpS), block, kit.Steps.CoolDown(kit.CoolDownS)], work.ZoneId, purpose);
    }

    public const double MarathonPaceMaxS = 110 * 60;

    private static double ShorterRep(double repM) => repM switch { > 3000 => 3000, > 2000 => 2000, > 1000 => 1000, _ => ShortestRepM };

    /// <summary>The shortest race-pace rep: 400 m, Higdon's and Daniels' shortest race-pace repeat.</summary>
    public const double ShortestRepM = 400;
}
