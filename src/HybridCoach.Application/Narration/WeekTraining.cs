namespace HybridCoach.Application.Narration;

/// <summary>
/// What a week's logged activities add up to: activities and runs, distance (all sports and running), moving time,
/// hard sessions (<see cref="Domain.Load.HardSessionRule"/>), the longest run, and the shares of running time in
/// Seiler's easy, moderate and hard bands by the athlete's zones (null without zoned running time) — the intensity
/// distribution a weekly review reports (80/20, Seiler 2010), the same figures as `coach metrics` for the week.
/// </summary>
public sealed record WeekTraining(int Activities, int Runs, double DistanceM, double RunDistanceM, double DurationS, int HardSessions, double LongestRunM,
    double? EasyTimeSharePct, double? ModerateTimeSharePct = null, double? HardTimeSharePct = null);
