using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// Adds up one week's activities into a <see cref="WeekTraining"/>. "Hard" is the snapshot's classification by the one
/// rule (<see cref="HardSessionRule"/>: RPE ≥ 6, ≥ 5 min at or above threshold, or a race), so the weekly review, the
/// daily call and the plan matcher agree on which sessions were hard. The easy / moderate / hard shares are time in
/// Seiler's bands by the athlete's zones (Seiler 2010, Int J Sports Physiol Perform 5:276–291) — the week's split as
/// `coach metrics` computes it (pace zones, else heart-rate zones; the same zone seconds, <see cref="ActivityIntensity"/>), so the two never disagree.
/// </summary>
public static class WeekTrainingFigures
{
    public static WeekTraining From(IEnumerable<ActivityFact> activities, IntensitySplit? split)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var all = activities.ToList();
        var runs = all.Where(a => a.IsRun).ToList();
        return new WeekTraining(all.Count, runs.Count, all.Sum(a => a.DistanceM), runs.Sum(r => r.DistanceM), all.Sum(a => a.DurationS),
            all.Count(a => a.Hard), runs.Select(r => r.DistanceM).DefaultIfEmpty(0).Max(), split?.EasyPercent, split?.ModeratePercent, split?.HardPercent);
    }

    /// <summary>The activities of the 7 days from <paramref name="weekStart"/>, the split their runs' band times add up to.</summary>
    public static WeekTraining ForWeek(IEnumerable<(ActivityFact Fact, ActivityIntensity? Intensity)> activities, DateOnly weekStart)
    {
        var week = activities.Where(a => a.Fact.Date >= weekStart && a.Fact.Date < weekStart.AddDays(WeeklyReview.Days)).ToList();
        var pace = Sum(week.Select(a => a.Intensity?.Pace));
        var heartRate = Sum(week.Select(a => a.Intensity?.HeartRate));
        return From(week.Select(a => a.Fact), pace.TotalS > 0 ? pace : heartRate.TotalS > 0 ? heartRate : null);
    }

    private static IntensitySplit Sum(IEnumerable<IntensitySplit?> splits)
    {
        var all = splits.OfType<IntensitySplit>().ToList();
        return new IntensitySplit(all.Sum(s => s.EasyS), all.Sum(s => s.ModerateS), all.Sum(s => s.HardS));
    }
}
