using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// The replacement sessions <see cref="SessionAdjuster"/> chooses from, paces from the athlete's
/// <see cref="PaceBook"/> through the planner's own <see cref="StepMaker"/> and builders. Sizes are cut down to
/// whole minutes (and whole 10 m) so a replacement never rounds up past the load it was fitted to.
/// </summary>
internal sealed class SessionAdjusterCandidates(AdjusterContext context)
{
    /// <summary>Shortest run or cross-training worth prescribing; anything shorter becomes rest (product rule).</summary>
    public const double MinSessionS = 10 * 60;

    private readonly StepMaker _steps = new(new PaceBook(context.ThresholdPace, context.Vdot), context.Units);

    public double ThresholdSPerKm => context.ThresholdPace.SecondsPerKilometer;

    public static PlannedSession Rest(DateOnly date, string why) => EasySessions.Rest(date, $"Rest: {why}.");

    public PlannedSession? Recovery(DateOnly date, double seconds, double maxLoad) => Fitted(seconds, maxLoad, s =>
        SessionKit.Make(date, SessionType.Recovery, [_steps.ByTime(StepKind.Active, Intensity.Recovery, s, "Recovery run")], "z1",
            $"Very easy running instead of the planned session. {EasySessions.CrossTrainingOption}"));

    public PlannedSession? Easy(DateOnly date, double seconds, double maxLoad) => Fitted(seconds, maxLoad, s =>
        SessionKit.Make(date, SessionType.Easy, [_steps.ByTime(StepKind.Active, Intensity.Easy, s, "Easy run")], "z2",
            $"Aerobic running at a conversational effort instead of the planned session. {EasySessions.CrossTrainingOption}"));

    public PlannedSession? CrossTraining(DateOnly date, double seconds, double maxLoad) =>
        Fitted(seconds, maxLoad, s => EasySessions.CrossTraining(date, s));

    /// <summary>The same session cut to <paramref name="fraction"/> of itself: single steps scaled, repeat blocks fewer times (at least once).</summary>
    public PlannedSession Shortened(PlannedSession original, double fraction)
    {
        var f = Math.Clamp(fraction, 0, 1);
        if (f >= 1) return original;
        var steps = original.Steps.Select(step => Scale(step, f)).ToArray();
        double? strengthS = original.Type == SessionType.Strength ? Math.Floor(original.DurationS * f / 60) * 60 : null;
        return SessionKit.Make(original.Date, original.Type, steps, original.ZoneId,
            $"{original.Purpose} Shortened to fit the time available.", original.Exercises, strengthS);
    }

    private SessionStep Scale(SessionStep step, double f)
    {
        if (step.Kind == StepKind.Repeat)
        {
            var times = Math.Max(1, (int)Math.Floor(step.Repeats * f));
            return step with { Repeats = times, Description = $"{times} × the set (was {step.Repeats} ×)" };
        }
        double? meters = step.DistanceM is { } m ? Math.Floor(m * f / 10) * 10 : null;
        double? seconds = step.DurationS is { } s ? Math.Floor(s * f) : null;
        var size = meters is { } mm ? _steps.DistanceText(mm) : StepMaker.Minutes(seconds ?? 0);
        var pace = step.Pace is { } p ? $"at {p.ToString(_steps.Units)}" : "at easy effort";
        return step with { DistanceM = meters, DurationS = seconds, Description = $"{KindText(step.Kind)}: {size} {pace}" };
    }

    private PlannedSession? Fitted(double seconds, double maxLoad, Func<double, PlannedSession> make)
    {
        var s = Math.Floor(seconds / 60) * 60;
        if (s < MinSessionS) return null;
        var session = make(s);
        var load = PlannedLoad.Of(session, ThresholdSPerKm);
        if (load <= maxLoad + NeverHarder.Tolerance) return session;
        s = Math.Floor(s * maxLoad / load / 60) * 60;
        if (s < MinSessionS) return null;
        session = make(s);
        return PlannedLoad.Of(session, ThresholdSPerKm) <= maxLoad + NeverHarder.Tolerance ? session : null;
    }

    private static string KindText(StepKind kind) => kind switch
    {
        StepKind.WarmUp => "Warm-up",
        StepKind.CoolDown => "Cool-down",
        StepKind.Recovery => "Recovery",
        _ => "Main set",
    };
}
