using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>
/// A quick, independent self-check of the invariants (the real PlanValidator is written separately):
/// each broken rule is returned as "id: where: what".
/// </summary>
internal static class InvariantSelfCheck
{
    private static readonly Phase[] Training = [Phase.Base, Phase.Build, Phase.Sharpen];

    public static List<string> Check(PlanRequest request, SeasonPlan plan)
    {
        var errors = new List<string>();
        var settings = plan.Settings;
        var cycles = plan.Microcycles;
        var races = RaceLoadWindow.All(request).Where(r => r.Date >= plan.Start && r.Date <= plan.End).ToList();
        var days = plan.Sessions.ToDictionary(s => s.Date);
        foreach (var day in plan.Projection.Days)
            if (day.Acwr > settings.AcwrCeiling && !RaceLoadWindow.Contains(races, day.Date))
                errors.Add($"acwr_ceiling: {day.Date}: {day.Acwr:0.000} > {settings.AcwrCeiling}");
        double lastLoading = request.Fitness.WeeklyDistanceM / 7;
        var growth = settings.MaxCycleGrowth * (request.RunnerType == RunnerType.Comeback ? 0.5 : 1);
        var run = 0;
        Microcycle? previous = null;
        foreach (var cycle in cycles.Where(c => Training.Contains(c.Phase)))
        {
            var daily = cycle.PlannedDistanceM / cycle.LengthDays;
            if (cycle.Recovery)
            {
                var cut = 1 - daily / (previous!.PlannedDistanceM / previous.LengthDays);
                if (cut is < 0.20 or > 0.30) errors.Add($"recovery_reduction: #{cycle.Index}: {cut:P1}");
                var hard = cycle.Days.Count(d => d.Hard && d.Type != SessionType.Race); // a B/C race on the calendar is not a planned workout
                if (hard > 0) errors.Add($"recovery_reduction: #{cycle.Index}: {hard} hard sessions");
                run = 0;
            }
            else
            {
                if (daily > lastLoading * (1 + growth) * 1.01 && daily * 7 > 8000 * 1.01)
                    errors.Add($"cycle_growth: #{cycle.Index}: {daily * 7:0} m/wk after {lastLoading * 7:0} m/wk");
                lastLoading = daily;
                if (++run > 3) errors.Add($"recovery_rhythm: #{cycle.Index}: {run} loading microcycles in a row");
            }
            previous = cycle;
        }
        EasyShare(cycles, errors);
        var sessions = plan.Sessions.ToList();
        for (var i = 1; i < sessions.Count; i++)
            if (sessions[i].Hard && sessions[i - 1].Hard) errors.Add($"hard_days_apart: {sessions[i].Date}");
        foreach (var cycle in cycles)
            foreach (var session in cycle.Days.Where(d => d.Type == SessionType.Long))
            {
                if (session.DistanceM > settings.LongRunMaxShare * cycle.PlannedDistanceM + 1)
                    errors.Add($"long_run_share: {session.Date}: {session.DistanceM:0} m of {cycle.PlannedDistanceM:0} m");
                if (session.DurationS > settings.LongRunMaxDurationS) errors.Add($"long_run_share: {session.Date}: {session.DurationS:0} s");
            }
        Taper(cycles, errors);
        foreach (var race in races)
        {
            if (!days.TryGetValue(race.Date, out var raceDay) || raceDay.Type != SessionType.Race) errors.Add($"race_on_date: {race.Date}");
            if (days.TryGetValue(race.Date.AddDays(-1), out var eve) && (eve.Hard || (eve.Type != SessionType.Rest && eve.DurationS > 1800)))
                errors.Add($"race_eve: {eve.Date}: {eve.Type} {eve.DurationS:0} s");
            if (race.Priority == RacePriority.B)
                for (var back = 1; back <= 3; back++)
                    if (days.TryGetValue(race.Date.AddDays(-back), out var d) && (d.Hard || d.Type == SessionType.Long))
                        errors.Add($"b_race_mini_taper: {d.Date}: {d.Type}");
        }
        foreach (var session in sessions.Where(s => s.Type is not (SessionType.Rest or SessionType.Race)))
            if (!request.AvailableDays.Contains(session.Date.DayOfWeek) || request.ClearDays.Contains(session.Date.DayOfWeek))
                errors.Add($"available_days: {session.Date} {session.Type}");
        if (request.RunnerType == RunnerType.Comeback)
            foreach (var session in cycles[0].Days.Where(d => d.Type.IsRunning() && d.Type != SessionType.Race))
                if (session.Type != SessionType.RunWalk) errors.Add($"comeback_run_walk: {session.Date}: {session.Type}");
        return errors;
    }

    private static void EasyShare(IReadOnlyList<Microcycle> cycles, List<string> errors)
    {
        double easy = 0, total = 0;
        foreach (var session in cycles.Where(c => Training.Contains(c.Phase)).SelectMany(c => c.Days).Where(d => d.Type.IsRunning()))
            foreach (var (step, times) in StepTotals.Leaves(session.Steps))
            {
                var seconds = StepTotals.Leaf(step).DurationS * times;
                total += seconds;
                if (step.ZoneId is "z1" or "z2") easy += seconds;
            }
        if (total > 0 && easy / total < 0.80) errors.Add($"easy_share: {easy / total:P1}");
    }

    private static void Taper(IReadOnlyList<Microcycle> cycles, List<string> errors)
    {
        var training = cycles.Where(c => Training.Contains(c.Phase)).ToList();
        if (training.Count == 0) return;
        var peak = training.Max(c => c.PlannedDistanceM / c.LengthDays);
        var taper = cycles.Where(c => c.Phase == Phase.Taper).ToList();
        foreach (var cycle in taper)
        {
            var cut = 1 - cycle.PlannedDistanceM / cycle.LengthDays / peak;
            if (cut is < 0.40 or > 0.60) errors.Add($"taper_reduction: #{cycle.Index}: {cut:P1} below peak");
        }
        if (taper.Count > 0 && taper.Sum(c => c.HardSessions) == 0) errors.Add("taper_reduction: no quality session kept");
    }
}
