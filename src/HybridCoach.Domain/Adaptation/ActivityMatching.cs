using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Which activity can stand for which planned session, and how much of it was done (product rules for
/// <see cref="PlanMatcher"/>): a planned run takes runs, planned cross-training takes non-running endurance sports
/// (cycling, swimming, rowing, cross-training, walking, hiking), strength takes strength. Size is the larger of the
/// distance share and the time share done, so a run cut short in distance but not in time still counts.
/// </summary>
public static class ActivityMatching
{
    /// <summary>At least this share of the planned distance or time makes a session done (the 80 %).</summary>
    public const double DoneShare = 0.8;

    /// <summary>Cross-training on a rest day up to this long, and easy, still counts as rest (product rule: active recovery).</summary>
    public const double LightCrossTrainingMaxS = 45 * 60;

    public static bool IsCrossTraining(Sport sport) =>
        sport is Sport.Cycling or Sport.Swimming or Sport.Rowing or Sport.CrossTraining or Sport.Walking or Sport.Hiking or Sport.Multisport;

    /// <summary>True when <paramref name="activity"/> is the kind of thing <paramref name="planned"/> asks for.</summary>
    public static bool SameKind(PlannedSession planned, ActivityFact activity) => planned.Type switch
    {
        SessionType.Rest => false,
        SessionType.Strength => activity.Sport == Sport.Strength,
        SessionType.CrossTraining => IsCrossTraining(activity.Sport),
        _ => activity.IsRun,
    };

    /// <summary>Something trained instead: a ride for a run, a run for cross-training, anything but strength for strength.</summary>
    public static bool CanReplace(PlannedSession planned, ActivityFact activity) =>
        planned.Type != SessionType.Rest && !SameKind(planned, activity) && (activity.IsRun || IsCrossTraining(activity.Sport));

    /// <summary>Share of the planned size done: max of distance share (when distance was planned) and time share.</summary>
    public static double ShareDone(PlannedSession planned, double distanceM, double durationS)
    {
        var byDistance = planned.DistanceM > 0 ? distanceM / planned.DistanceM : 0;
        var byTime = planned.DurationS > 0 ? durationS / planned.DurationS : 0;
        return planned.DistanceM <= 0 && planned.DurationS <= 0 ? 1 : Math.Max(byDistance, byTime);
    }

    /// <summary>How far the activity's size is from the planned one (smaller is closer), to pick between candidates.</summary>
    public static double SizeGap(PlannedSession planned, ActivityFact activity) =>
        Math.Abs(1 - ShareDone(planned, activity.DistanceM, activity.DurationS));
}
