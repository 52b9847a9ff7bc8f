using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Tests.Planning.Envelope;

/// <summary>
/// A generated plan's figures measured here, independently of the planner's own <c>PlanFigures</c>: peak training week
/// (running per 7 days) over the starting week, the longest long run, long runs at or over a distance (5 % slack for
/// rounding), weeks from the last peak week (within 2 %) to race day, and taper days (race week included).
/// </summary>
internal sealed record MeasuredPlan(double PeakFactor, double LongestKm, double PeakWeeks, int TaperDays, IReadOnlyList<double> LongRunsKm)
{
    public int LongRunsAtLeast(double km) => LongRunsKm.Count(l => l >= km * 0.95);

    public static MeasuredPlan Of(SeasonPlan plan, PlanRequest request)
    {
        static double PerWeek(Microcycle c) => c.Days.Where(d => d.Type.IsRunning()).Sum(d => d.DistanceM) / c.LengthDays * 7;
        var training = plan.Microcycles.Where(c => c.Phase is Phase.Base or Phase.Build or Phase.Sharpen).ToList();
        var peak = training.Max(PerWeek);
        var lastPeak = training.Last(c => PerWeek(c) >= peak * 0.98);
        var race = request.GoalRace.Date;
        var longRuns = plan.Sessions.Where(s => s.Type == SessionType.Long).Select(s => s.DistanceM / 1000).ToList();
        return new MeasuredPlan(peak / request.Fitness.WeeklyDistanceM, longRuns.Max(),
            (race.DayNumber - lastPeak.End.DayNumber) / 7.0, race.DayNumber - training[^1].End.DayNumber, longRuns);
    }
}
