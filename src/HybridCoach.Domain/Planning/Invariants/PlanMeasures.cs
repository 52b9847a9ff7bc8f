namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// Figures the invariants share: running distance of a microcycle (running session types only, so strength and
/// cross-training never count), per-day and per-7-day rates so cycles of different lengths (7–14 days) compare
/// fairly, the phases exempt from progression rules, and text for messages.
/// </summary>
public static class PlanMeasures
{
    /// <summary>Slack on shares and growth ratios (half a percentage point) so a plan rounded to whole
    /// hundreds of metres is not flagged for a rounding error.</summary>
    public const double ShareTolerance = 0.005;

    public static double RunningDistanceM(Microcycle cycle) =>
        cycle.Days.Where(d => d.Type.IsRunning()).Sum(d => Finite(d.DistanceM));

    public static double RunningDistanceMPerDay(Microcycle cycle) =>
        cycle.LengthDays == 0 ? 0 : RunningDistanceM(cycle) / cycle.LengthDays;

    /// <summary>Running distance scaled to a 7-day week (a 9-day cycle's distance × 7/9).</summary>
    public static double RunningDistanceMPerWeek(Microcycle cycle) => RunningDistanceMPerDay(cycle) * 7;

    /// <summary>Taper, race and recovery phases reduce load on purpose: growth and rhythm rules do not apply.</summary>
    public static bool IsUnloadingPhase(Phase phase) => phase is Phase.Taper or Phase.Race or Phase.Recovery;

    /// <summary>The training phases whose intensity mix the 80/20 rule describes.</summary>
    public static bool IsTrainingPhase(Phase phase) => phase is Phase.Base or Phase.Build or Phase.Sharpen;

    public static Microcycle? CycleOn(SeasonPlan plan, DateOnly date) =>
        plan.Microcycles.FirstOrDefault(c => c.Days.Any(d => d.Date == date));

    public static PlannedSession? SessionOn(SeasonPlan plan, DateOnly date) =>
        plan.Sessions.FirstOrDefault(d => d.Date == date);

    public static bool Covers(SeasonPlan plan, DateOnly date) =>
        plan.Microcycles.Count > 0 && date >= plan.Start && date <= plan.End;

    public static string PhaseId(Phase phase) => phase.ToString().ToLowerInvariant();

    public static string Km(double meters) => $"{meters / 1000:0.0#} km";

    public static string Percent(double fraction) => $"{fraction * 100:0.0} %";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>NaN and infinities count as nothing in sums; <c>session_sums</c> reports them.</summary>
    public static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
