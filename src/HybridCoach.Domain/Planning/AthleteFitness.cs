using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Where the athlete is when the plan starts, from their history: mean weekly running distance and the longest
/// run over the last 4–6 weeks, threshold pace (set or estimated), VDOT (from the best recent race or effort, if
/// any), LTHR if known, the daily loads of the history (to seed the projected ACWR and chronic load) and the years of
/// training from the profile (null when not given; sets how fast fitness can grow, <see cref="ImprovementRate"/>).
/// </summary>
public sealed record AthleteFitness(
    double WeeklyDistanceM,
    double LongestRunM,
    Pace ThresholdPace,
    double? Vdot,
    HeartRate? LactateThresholdHeartRate,
    IReadOnlyList<DatedLoad> HistoryLoads,
    int? TrainingAgeYears = null);
