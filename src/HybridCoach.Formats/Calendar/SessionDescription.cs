using System.Text;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Formats.Calendar;

/// <summary>
/// The full prescription of a session as plain text, one line per step: purpose and target zone first, then
/// every step with its size, pace band, zone and cue (repeat blocks as "3 ×" with their steps indented), the
/// strength exercises, and the totals. Lines are separated by '\n'.
/// </summary>
public static class SessionDescription
{
    public static string Of(PlannedSession session, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        var text = new StringBuilder();
        if (session.Purpose.Length > 0) text.Append(session.Purpose).Append('\n');
        if (session.ZoneId is { } zone) text.Append("Target zone: ").Append(zone).Append('\n');
        foreach (var step in session.Steps) AppendStep(text, step, units, depth: 0);
        if (session.Exercises.Count > 0) text.Append("Exercises:\n");
        foreach (var exercise in session.Exercises) text.Append("- ").Append(ExerciseLine(exercise)).Append('\n');
        if (session.DistanceM > 0 || session.DurationS > 0)
            text.Append("Total: ").Append(Totals(session, units)).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>"Warm-up: 2 km @ 5:30–6:00/km (z2) — easy", without the indentation of a repeat block.</summary>
    public static string StepLine(SessionStep step, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Kind == StepKind.Repeat) return $"{step.Repeats} ×{Cue(step.Description)}";
        var line = new StringBuilder(PrescriptionFormat.KindName(step.Kind)).Append(": ")
            .Append(PrescriptionFormat.Size(step, units));
        if (step.Pace is { } pace) line.Append(" @ ").Append(PrescriptionFormat.Pace(pace, units));
        if (step.ZoneId is { } zone) line.Append(" (").Append(zone).Append(')');
        return line.Append(Cue(step.Description)).ToString();
    }

    /// <summary>"Goblet squat: 3 × 10 — knees track toes", holds as "3 × 30 s".</summary>
    public static string ExerciseLine(StrengthExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var amount = exercise switch
        {
            { Reps: { } reps } => $"{exercise.Sets} × {reps}",
            { HoldS: { } hold } => $"{exercise.Sets} × {hold} s",
            _ => $"{exercise.Sets} sets",
        };
        return $"{exercise.Name}: {amount}{Cue(exercise.Cue)}";
    }

    private static void AppendStep(StringBuilder text, SessionStep step, DistanceUnit units, int depth)
    {
        text.Append(' ', 2 * depth).Append(StepLine(step, units)).Append('\n');
        foreach (var child in step.Children) AppendStep(text, child, units, depth + 1);
    }

    private static string Totals(PlannedSession session, DistanceUnit units)
    {
        var parts = new List<string>();
        if (session.DistanceM > 0) parts.Add(PrescriptionFormat.Distance(session.DistanceM, units));
        if (session.DurationS > 0) parts.Add(PrescriptionFormat.Time(session.DurationS));
        return string.Join(", ", parts);
    }

    private static string Cue(string text) => string.IsNullOrWhiteSpace(text) ? "" : $" — {text}";
}
