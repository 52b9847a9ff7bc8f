using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The projected curves of a plan: per microcycle the planned running distance; per day the planned load
/// (<see cref="PlannedLoad"/>) appended to the athlete's history loads (history on or after the plan start is
/// replaced by the plan), then the rolling coupled ACWR (<see cref="WorkloadRatio.RollingCoupled"/>, Hulin/Gabbett,
/// science.md §3) and the chronic load (<see cref="FitnessFatigue"/>, 42-day, science.md §6) over history + plan.
/// </summary>
public static class PlanProjector
{
    public static PlanProjection Project(PlanRequest request, IReadOnlyList<Microcycle> microcycles)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(microcycles);
        if (microcycles.Count == 0) return new PlanProjection([], []);
        var start = microcycles[0].Start;
        var end = microcycles[^1].End;
        var (loads, firstDay, historyStart) = Loads(request, microcycles, start, end);
        var ratio = WorkloadRatio.RollingCoupled(loads, historyStart);
        var fitness = FitnessFatigue.Compute(loads);
        var offset = start.DayNumber - firstDay.DayNumber;
        var days = new ProjectedDay[end.DayNumber - start.DayNumber + 1];
        for (var i = 0; i < days.Length; i++)
            days[i] = new ProjectedDay(start.AddDays(i), loads[offset + i], ratio.Ratio[offset + i], fitness.Chronic[offset + i]);
        return new PlanProjection(microcycles.Select(m => m.PlannedDistanceM).ToList(), days);
    }

    /// <summary>Daily loads from the first history day (or the plan start) to the plan end, and the index of the first day with data.</summary>
    public static (double[] Loads, DateOnly FirstDay, int HistoryStart) Loads(PlanRequest request, IReadOnlyList<Microcycle> microcycles,
        DateOnly start, DateOnly end)
    {
        var history = request.Fitness.HistoryLoads ?? [];
        var first = start;
        foreach (var entry in history) if (entry.Day < first) first = entry.Day;
        var loads = new double[end.DayNumber - first.DayNumber + 1];
        int? historyStart = null;
        foreach (var entry in history)
        {
            if (entry.Day >= start) continue;
            if (!(entry.Load >= 0) || double.IsInfinity(entry.Load))
                throw new ArgumentException($"history load {entry.Load} on {entry.Day:yyyy-MM-dd}: must be a finite value of 0 or more");
            var i = entry.Day.DayNumber - first.DayNumber;
            loads[i] += entry.Load;
            historyStart = historyStart is { } h ? Math.Min(h, i) : i;
        }
        var threshold = request.Fitness.ThresholdPace.SecondsPerKilometer;
        foreach (var session in microcycles.SelectMany(m => m.Days))
        {
            var i = session.Date.DayNumber - first.DayNumber;
            if (i < 0 || i >= loads.Length) continue;
            loads[i] += PlannedLoad.Of(session, threshold);
        }
        return (loads, first, historyStart ?? start.DayNumber - first.DayNumber);
    }
}
