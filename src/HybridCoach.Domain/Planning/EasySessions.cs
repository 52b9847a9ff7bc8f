namespace HybridCoach.Domain.Planning;

/// <summary>
/// The easy days: rest, easy and recovery runs, the long run, strides, run-walk, the race-eve shakeout and
/// cross-training. Strides: 6 × 20 s at repetition pace with 60 s easy jog (Daniels' strides: 15–20 s light quick
/// running with full recovery); run-walk: the Galloway-style alternation used to return from injury.
/// </summary>
public static class EasySessions
{
    public const string CrossTrainingOption = "Cross-training option: the same time on a bike, elliptical or in the pool at easy effort.";
    public const double ShakeoutS = 20 * 60;
    public const int Strides = 6;
    public const double StrideS = 20;
    public const double StrideRecoveryS = 60;

    public static PlannedSession Rest(DateOnly date, string purpose = "Rest: adaptation happens when you recover.") =>
        SessionKit.Make(date, SessionType.Rest, [], null, purpose);

    public static PlannedSession Easy(SessionKit kit, DateOnly date, double distanceM) =>
        SessionKit.Make(date, SessionType.Easy, [kit.Steps.ByDistance(StepKind.Active, Intensity.Easy, distanceM, "Easy run")], "z2",
            $"Aerobic volume at a conversational effort. {CrossTrainingOption}");

    public static PlannedSession Recovery(SessionKit kit, DateOnly date, double seconds) =>
        SessionKit.Make(date, SessionType.Recovery, [kit.Steps.ByTime(StepKind.Active, Intensity.Recovery, seconds, "Recovery run")], "z1",
            $"Very easy running to loosen up after hard work. {CrossTrainingOption}");

    public static PlannedSession Long(SessionKit kit, DateOnly date, double distanceM) =>
        SessionKit.Make(date, SessionType.Long, [kit.Steps.ByDistance(StepKind.Active, Intensity.Easy, distanceM, "Long run, steady and relaxed")], "z2",
            "Endurance: the long run builds capillaries, fuel use and the legs for the race distance.");

    /// <summary>
    /// A long run whose last part is at goal marathon pace (Pfitzinger &amp; Douglas' marathon-pace long runs in the
    /// specific phase): <paramref name="racePaceM"/> of it at 100 % of goal pace after easy running.
    /// </summary>
    public static PlannedSession LongWithRacePaceFinish(SessionKit kit, DateOnly date, double distanceM, double racePaceM)
    {
        if (racePaceM <= 0) return Long(kit, date, distanceM);
        var finish = kit.Steps.AtRange(StepKind.Active, PaceBook.PercentOf(kit.GoalPace, 100, 1.0), racePaceM, null, "Marathon-pace finish");
        return SessionKit.Make(date, SessionType.Long,
            [kit.Steps.ByDistance(StepKind.Active, Intensity.Easy, distanceM - racePaceM, "Long run, steady and relaxed"), finish], "z2",
            "Marathon-specific endurance: the long run's last part at goal pace, on tired legs, with race fuelling.");
    }

    /// <summary>
    /// The marathon-pace part of a specific-phase long run: 40 % of it, at most 16 km (Pfitzinger's 8–14 mi at goal
    /// pace within 16–18 mi; kept under Daniels' M limit of 110 min and 29 km).
    /// </summary>
    public static double RacePaceFinishM(SessionKit kit, double longM) =>
        Math.Min(Math.Min(RacePaceFinishShare * longM, RacePaceFinishMaxM),
            Envelope.DanielsQualityLimits.MarathonPaceMaxS / kit.GoalPace.SecondsPerKilometer * 1000);

    public const double RacePaceFinishShare = 0.4;
    public const double RacePaceFinishMaxM = 16_000;

    /// <summary>
    /// A medium-long run: an easy run of the longer kind midweek (Pfitzinger &amp; Douglas' 11–15 mi medium-long runs
    /// in marathon plans), for aerobic endurance without a second long-run recovery.
    /// </summary>
    public static PlannedSession MediumLong(SessionKit kit, DateOnly date, double distanceM) =>
        SessionKit.Make(date, SessionType.Easy, [kit.Steps.ByDistance(StepKind.Active, Intensity.Easy, distanceM, "Medium-long run, steady")], "z2",
            $"Medium-long run: endurance midweek at an easy, steady effort. {CrossTrainingOption}");

    /// <summary>The shortest strides session: <see cref="MinStridesEasyM"/> of easy running, the strides, 5 min cool-down.</summary>
    public static double MinStridesSessionM(SessionKit kit) => MinStridesEasyM + StepTotals.Of(StridesTail(kit)).DistanceM;

    public const double MinStridesEasyM = 2000;

    public static PlannedSession WithStrides(SessionKit kit, DateOnly date, double distanceM)
    {
        var tail = StridesTail(kit);
        var easy = Math.Max(MinStridesEasyM, distanceM - StepTotals.Of(tail).DistanceM);
        return SessionKit.Make(date, SessionType.Strides,
            [kit.Steps.ByDistance(StepKind.Active, Intensity.Easy, easy, "Easy run"), .. tail], "z2",
            "Easy running plus short relaxed strides for leg speed and form, without fatigue.");
    }

    public static PlannedSession RunWalk(SessionKit kit, DateOnly date, double totalS, double runS, double walkS)
    {
        var repeats = Math.Max(3, (int)Math.Round(totalS / (runS + walkS)));
        var block = SessionStep.Repeat(repeats, $"{repeats} × (run {StepMaker.Minutes(runS)}, walk {StepMaker.Minutes(walkS)})",
            kit.Steps.ByTime(StepKind.Active, Intensity.Easy, runS, "Run, easy"),
            kit.Steps.ByTime(StepKind.Recovery, Intensity.Walk, walkS, "Walk briskly"));
        return SessionKit.Make(date, SessionType.RunWalk, [block], "z2",
            "Run-walk: rebuilds tissue tolerance after a break with short running bouts and walking breaks.");
    }

    public static PlannedSession Shakeout(SessionKit kit, DateOnly date) =>
        SessionKit.Make(date, SessionType.Easy, [kit.Steps.ByTime(StepKind.Active, Intensity.Easy, ShakeoutS, "Shakeout, very relaxed")], "z2",
            "Race-eve shakeout: loosen up and stay fresh; nothing hard.");

    public static PlannedSession CrossTraining(DateOnly date, double seconds) =>
        SessionKit.Make(date, SessionType.CrossTraining,
            [new SessionStep(StepKind.Active, null, seconds, null, "z2", $"Cycling, elliptical or swimming: {StepMaker.Minutes(seconds)} at easy effort")],
            "z2", "Low-impact aerobic work: fitness without the pounding of another run.");

    private static SessionStep[] StridesTail(SessionKit kit) => [StrideBlock(kit), kit.Steps.CoolDown(5 * 60)];

    private static SessionStep StrideBlock(SessionKit kit) =>
        SessionStep.Repeat(Strides, $"{Strides} × {StrideS:0} s strides",
            kit.Steps.ByTime(StepKind.Active, Intensity.Repetition, StrideS, "Stride, quick and relaxed"),
            kit.Steps.ByTime(StepKind.Recovery, Intensity.Recovery, StrideRecoveryS, "Easy jog"));
}
