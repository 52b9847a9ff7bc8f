using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;
using P = HybridCoach.Formats.Fit.Writing.FitWorkoutProfile;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Flattens a planned session into the linear list of workout_step messages a FIT workout file holds. A FIT
/// workout has no nesting: a repeat block is its child steps followed by a repeat_until_steps_cmplt step whose
/// duration_value is the message_index of the block's first step and whose target_value is the repetition count
/// (FIT profile, workout_step: duration_step / repeat_steps sub-fields). Running steps get a custom speed band
/// from the pace range (slow bound = low speed); strength days become one open step per exercise.
/// </summary>
public static class FitWorkoutSteps
{
    public static IReadOnlyList<FitWorkoutStep> Of(PlannedSession session, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Type == SessionType.Rest)
            throw new ArgumentException($"session {session.Date:yyyy-MM-dd}: a rest day has no workout to encode", nameof(session));
        var steps = new List<FitWorkoutStep>();
        AddSteps(session, session.Steps, units, steps);
        foreach (var exercise in session.Exercises)
            steps.Add(Open(steps.Count, exercise.Name, SessionDescription.ExerciseLine(exercise)));
        if (steps.Count == 0)
            steps.Add(Open(0, PrescriptionFormat.TypeName(session.Type), session.Purpose));
        if (steps.Count > ushort.MaxValue)
            throw new ArgumentException($"session {session.Date:yyyy-MM-dd}: {steps.Count} workout steps, more than a FIT message_index can count", nameof(session));
        return steps;
    }

    private static void AddSteps(PlannedSession session, IReadOnlyList<SessionStep> planned, DistanceUnit units, List<FitWorkoutStep> steps)
    {
        foreach (var step in planned)
        {
            if (step.Kind != StepKind.Repeat)
            {
                steps.Add(Single(session, step, steps.Count, units));
                continue;
            }
            if (step.Repeats < 1 || step.Children.Count == 0)
                throw Invalid(session, step, $"a repeat block needs at least 1 repetition and 1 step, not {step.Repeats} × {step.Children.Count} steps");
            var first = steps.Count;
            AddSteps(session, step.Children, units, steps);
            steps.Add(new FitWorkoutStep((ushort)steps.Count, $"{step.Repeats} ×", P.Duration.RepeatUntilStepsComplete,
                (uint)first, null, (uint)step.Repeats, null, null, null, null));
        }
    }

    private static FitWorkoutStep Single(PlannedSession session, SessionStep step, int index, DistanceUnit units)
    {
        var (durationType, durationValue) = Duration(session, step);
        var name = $"{PrescriptionFormat.KindName(step.Kind)} {PrescriptionFormat.Size(step, units)}";
        var notes = SessionDescription.StepLine(step, units);
        if (step.Pace is not { } pace)
            return new FitWorkoutStep((ushort)index, name, durationType, durationValue, P.Target.Open, null, null, null, Intensity(step.Kind), notes);
        // The slow bound of the pace band is the low speed, the fast bound the high one.
        var low = SpeedMmPerS(pace.Slow);
        var high = SpeedMmPerS(pace.Fast);
        return new FitWorkoutStep((ushort)index, name, durationType, durationValue, P.Target.Speed, P.Target.CustomZone,
            low, high, Intensity(step.Kind), notes);
    }

    /// <summary>Distance wins when a step has both (its time is then only the estimate); neither = open.</summary>
    private static (byte Type, uint? Value) Duration(PlannedSession session, SessionStep step) => (step.DistanceM, step.DurationS) switch
    {
        ({ } m, _) when m > 0 && double.IsFinite(m) => (P.Duration.Distance, (uint)Math.Round(m * P.DurationDistanceScale)),
        (null, { } s) when s > 0 && double.IsFinite(s) => (P.Duration.Time, (uint)Math.Round(s * P.DurationTimeScale)),
        (null, null) => (P.Duration.Open, null),
        _ => throw Invalid(session, step, $"distance {step.DistanceM} m / time {step.DurationS} s must be positive and finite"),
    };

    public static uint SpeedMmPerS(Pace pace) => (uint)Math.Round(pace.ToSpeed().MetersPerSecond * P.SpeedScale);

    private static byte Intensity(StepKind kind) => kind switch
    {
        StepKind.WarmUp => P.Intensity.Warmup,
        StepKind.Recovery => P.Intensity.Recovery,
        StepKind.CoolDown => P.Intensity.Cooldown,
        _ => P.Intensity.Active,
    };

    private static FitWorkoutStep Open(int index, string name, string notes) =>
        new((ushort)index, name, P.Duration.Open, null, P.Target.Open, null, null, null, P.Intensity.Active, notes);

    private static ArgumentException Invalid(PlannedSession session, SessionStep step, string reason) =>
        new($"session {session.Date:yyyy-MM-dd}, step '{step.Description}': {reason}", nameof(session));
}
