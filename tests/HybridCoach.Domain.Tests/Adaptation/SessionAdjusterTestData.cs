using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>
/// Sessions as the planner prescribes them for an athlete with threshold 4:15/km and VDOT 50 (Daniels' table pairs
/// VDOT 50 with T 4:15/km), built through the planner's own <see cref="StepMaker"/>.
/// </summary>
internal static class SessionAdjusterTestData
{
    public static readonly Pace Threshold = new(255);
    public static readonly DateOnly Day = new(2026, 3, 11);
    public static readonly StepMaker Steps = new(new PaceBook(Threshold, 50), DistanceUnit.Kilometers);

    public static AdjusterContext Context(params PlannedSession[] neighbours) => new(Threshold, 50, neighbours, ["achilles"]);

    /// <summary>15 min warm-up, 20 min at T, 10 min cool-down: 45 min.</summary>
    public static PlannedSession Tempo(DateOnly? date = null) => SessionKit.Make(date ?? Day, SessionType.Tempo,
        [Steps.WarmUp(), Steps.ByTime(StepKind.Active, Intensity.Threshold, 20 * 60, "Tempo"), Steps.CoolDown()], "z4", "Threshold.");

    /// <summary>15 min warm-up, 5 × (3 min at I, 2 min jog), 10 min cool-down: 50 min.</summary>
    public static PlannedSession Vo2(DateOnly? date = null) => SessionKit.Make(date ?? Day, SessionType.Vo2Intervals,
        [Steps.WarmUp(), SessionStep.Repeat(5, "5 × 3 min", Steps.ByTime(StepKind.Active, Intensity.Interval, 180, "Hard"), Steps.Jog(120)),
         Steps.CoolDown()], "z5", "VO2max.");

    public static PlannedSession Easy(double minutes, DateOnly? date = null) => SessionKit.Make(date ?? Day, SessionType.Easy,
        [Steps.ByTime(StepKind.Active, Intensity.Easy, minutes * 60, "Easy run")], "z2", "Easy.");

    public static double LoadOf(PlannedSession session) => PlannedLoad.Of(session, Threshold.SecondsPerKilometer);
}
