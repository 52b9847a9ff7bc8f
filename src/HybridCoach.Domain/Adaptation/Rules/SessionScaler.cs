using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// Makes an easy run longer or shorter: each single step (not repeat blocks, e.g. strides) scaled by the same
/// factor, distances rounded as the planner rounds them (<see cref="StepMaker.RoundDistance"/>), times to whole
/// seconds, the step text rewritten with the new size and the same pace. Only easy running is scaled
/// (<see cref="Scalable"/>): hard sessions and races keep their prescription.
/// </summary>
public static class SessionScaler
{
    public static bool Scalable(PlannedSession session) => session.Type.IsRunning() && !session.Hard && session.Steps.Count > 0;

    public static PlannedSession Scale(PlannedSession session, double factor, StepMaker steps)
    {
        if (!Scalable(session) || Math.Abs(factor - 1) < 1e-9) return session;
        var scaled = session.Steps.Select(step => step.Kind == StepKind.Repeat ? step : Step(step, factor, steps)).ToList();
        return SessionKit.Make(session.Date, session.Type, scaled, session.ZoneId, session.Purpose, session.Exercises);
    }

    private static SessionStep Step(SessionStep step, double factor, StepMaker steps)
    {
        double? meters = step.DistanceM is { } m ? StepMaker.RoundDistance(m * factor) : null;
        double? seconds = step.DurationS is { } s ? Math.Round(s * factor) : null;
        var what = step.Description.Split(':')[0];
        var size = meters is { } mm ? steps.DistanceText(mm) : StepMaker.Minutes(seconds ?? 0);
        var pace = step.Pace is { } p ? $" at {p.ToString(steps.Units)}" : "";
        return step with { DistanceM = meters, DurationS = seconds, Description = $"{what}: {size}{pace}" };
    }

    /// <summary>Running distance of a list of days.</summary>
    public static double RunningM(IEnumerable<PlannedSession> days) => days.Where(d => d.Type.IsRunning()).Sum(d => d.DistanceM);
}
