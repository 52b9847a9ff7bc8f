using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// Adds up one week's activities into a <see cref="WeekTraining"/>. "Hard" is the snapshot's classification
/// (<see cref="HardSessionRule"/>: RPE ≥ 6, ≥ 10 min above the aerobic threshold, or a race), so the weekly review
/// and the daily call agree on which sessions were hard. The easy share is the running time of runs that were not
/// hard over all running time — the session-based count of the 80/20 distribution (Seiler 2010, Int J Sports
/// Physiol Perform 5:276–291, counts sessions by their goal intensity).
/// </summary>
public static class WeekTrainingFigures
{
    public static WeekTraining From(IEnumerable<ActivityFact> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var all = activities.ToList();
        var runs = all.Where(a => a.IsRun).ToList();
        var runTimeS = runs.Sum(r => r.DurationS);
        double? easyShare = runTimeS > 0 ? 100 * runs.Where(r => !r.Hard).Sum(r => r.DurationS) / runTimeS : null;
        return new WeekTraining(all.Count, runs.Count, all.Sum(a => a.DistanceM), runs.Sum(r => r.DistanceM), all.Sum(a => a.DurationS),
            all.Count(a => a.Hard), runs.Select(r => r.DistanceM).DefaultIfEmpty(0).Max(), easyShare);
    }

    /// <summary>The activities of the 7 days from <paramref name="weekStart"/>.</summary>
    public static WeekTraining ForWeek(IEnumerable<ActivityFact> activities, DateOnly weekStart) =>
        From(activities.Where(a => a.Date >= weekStart && a.Date < weekStart.AddDays(WeeklyReview.Days)));
}
