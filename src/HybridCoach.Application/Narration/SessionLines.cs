using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;

namespace HybridCoach.Application.Narration;

/// <summary>A planned session as a <see cref="SessionLine"/>, worded as the calendar export words it (<see cref="PrescriptionFormat"/>).</summary>
public static class SessionLines
{
    public static SessionLine From(PlannedSession session, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionLine(session.Date, session.Type.ToId(), PrescriptionFormat.Title(session, units), session.Hard, session.DistanceM,
            session.DurationS, session.ZoneId, session.Purpose, [.. session.Steps.Select(s => Step(s, units))]);
    }

    /// <summary>"Warm-up 2 km at 5:40–6:10/km (z2)"; a repeat block as "4 × (Active 1 km at …; Recovery 2 min at …)".</summary>
    public static string Step(SessionStep step, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Kind == StepKind.Repeat)
            return $"{step.Repeats} × ({string.Join("; ", step.Children.Select(c => Step(c, units)))})";
        var pace = step.Pace is { } p ? " at " + PrescriptionFormat.Pace(p, units) : "";
        var zone = step.ZoneId is { } z ? $" ({z})" : "";
        return $"{PrescriptionFormat.KindName(step.Kind)} {PrescriptionFormat.Size(step, units)}{pace}{zone}";
    }
}
