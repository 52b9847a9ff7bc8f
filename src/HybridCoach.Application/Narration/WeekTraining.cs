namespace HybridCoach.Application.Narration;

/// <summary>
/// What a week's logged activities add up to: activities and runs, distance (all sports and running), moving time,
/// hard sessions, the longest run, and the share of running time in easy sessions (null without running time) —
/// the intensity distribution a weekly review reports (80/20, Seiler 2010).
/// </summary>
public sealed record WeekTraining(int Activities, int Runs, double DistanceM, double RunDistanceM, double DurationS, int HardSessions, double LongestRunM,
    double? EasyTimeSharePct);
