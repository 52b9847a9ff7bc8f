using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The load a planned session will cost, in the units of <see cref="RunningStress"/> so that it joins the
/// athlete's history loads: per step, hours × IF² × 100 with IF = step speed ÷ threshold speed at the step's mid
/// pace (rTSS-like, science.md §6). Walking counts like any slow step. Cross-training without a pace counts at
/// IF <see cref="CrossTrainingIntensity"/> (an easy-effort equivalent; a product assumption). Strength days count
/// 0: they are not running stress and the ACWR here is a running-load ratio.
/// </summary>
public static class PlannedLoad
{
    public const double CrossTrainingIntensity = 0.75;

    public static double Of(PlannedSession session, double thresholdSecondsPerKm)
    {
        if (session.Type == SessionType.Strength) return 0;
        double load = 0;
        foreach (var (step, times) in StepTotals.Leaves(session.Steps))
        {
            var (_, seconds) = StepTotals.Leaf(step);
            var intensity = step.Pace is { } pace ? thresholdSecondsPerKm / pace.Mid.SecondsPerKilometer : CrossTrainingIntensity;
            load += times * seconds / 3600 * intensity * intensity * RunningStress.PointsPerHourAtThreshold;
        }
        return load;
    }

    public static DatedLoad Dated(PlannedSession session, double thresholdSecondsPerKm)
    {
        var running = session.Type.IsRunning();
        return new DatedLoad(session.Date, Of(session, thresholdSecondsPerKm),
            running ? session.DistanceM : 0, running ? session.DurationS : 0, session.DurationS);
    }
}
