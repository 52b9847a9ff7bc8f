using System.Globalization;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// Changes a microcycle's running distance by scaling its easy running (<see cref="SessionScaler"/>), and
/// rebalances the microcycles after a lowered one so the plan's own invariants still hold (product rules that
/// mirror <c>cycle_growth</c>, <c>recovery_reduction</c> and <c>taper_reduction</c>): a loading microcycle grows at
/// most the variant's MaxCycleGrowth per microcycle from the new level (never above its old size); a recovery
/// microcycle keeps its reduction from the microcycle before it; the taper keeps its reduction from the peak; race
/// and post-race microcycles and those holding a B race stay as they are. Days on or before today and race eves
/// are never touched.
/// </summary>
public static class CycleVolume
{
    /// <summary>Easy running is never scaled below 30 % or above 120 % of itself in one step (product rule).</summary>
    public const double MinFactor = 0.3;
    public const double MaxFactor = 1.2;

    public static PlanDraft Scale(PlanDraft draft, AdaptationInput input, int cycleIndex, double targetRunningM, ChangeKind kind, string reason)
    {
        var cycle = draft.Cycle(cycleIndex);
        var eves = draft.Sessions.Where(s => s.Type == SessionType.Race).Select(s => s.Date.AddDays(-1)).ToHashSet();
        var scalable = cycle.Days.Where(d => d.Date > input.Today && !eves.Contains(d.Date) && SessionScaler.Scalable(d)).ToList();
        var scalableM = SessionScaler.RunningM(scalable);
        if (scalableM <= 0) return draft;
        var fixedM = SessionScaler.RunningM(cycle.Days) - scalableM;
        var factor = Math.Clamp((targetRunningM - fixedM) / scalableM, MinFactor, MaxFactor);
        foreach (var day in scalable)
        {
            var scaled = SessionScaler.Scale(day, factor, input.Kit.Steps);
            if (Math.Abs(scaled.DistanceM - day.DistanceM) < 1 && Math.Abs(scaled.DurationS - day.DurationS) < 1) continue;
            draft = draft.With(scaled, kind, reason);
        }
        return draft;
    }

    /// <summary>Rebalances every microcycle after <paramref name="afterIndex"/>, whose running per day is now
    /// <paramref name="basePerDayM"/> (it was <paramref name="oldPerDayM"/>).</summary>
    public static PlanDraft Rebalance(PlanDraft draft, AdaptationInput input, int afterIndex, double basePerDayM, double oldPerDayM)
    {
        var g = input.Settings.MaxCycleGrowth;
        var bRaces = input.Request.OtherRaces.Where(r => r.Priority == RacePriority.B).Select(r => r.Date).ToHashSet();
        var before = draft;
        var (previousLoading, span, previousRatio) = (basePerDayM, 1, oldPerDayM > 0 ? basePerDayM / oldPerDayM : 1);
        foreach (var cycle in before.Cycles.Where(c => c.Index > afterIndex && c.Start > input.Today))
        {
            var oldM = SessionScaler.RunningM(cycle.Days);
            double? target = null;
            if (cycle.Days.Any(d => bRaces.Contains(d.Date))) span++;
            else if (cycle.Phase == Phase.Taper) target = oldM * PeakRatio(before, draft);
            else if (cycle.Phase is Phase.Race or Phase.Recovery) { }
            else if (cycle.Recovery) target = oldM * previousRatio;
            else target = Math.Min(oldM, previousLoading * Math.Pow(1 + g, span) * cycle.LengthDays);
            if (target is { } t && t < oldM - 1)
                draft = Scale(draft, input, cycle.Index, t, ChangeKind.Recalibrated, Text(
                    $"growth restarts from the lower level: at most {g * 100:0} % per microcycle ({input.Plan.Variant.ToString().ToLowerInvariant()}), microcycle {cycle.Index} {oldM / 1000:0.0} → {t / 1000:0.0} km"));
            var newM = SessionScaler.RunningM(draft.Cycle(cycle.Index).Days);
            previousRatio = oldM > 0 ? newM / oldM : 1;
            if (!cycle.Recovery && cycle.Phase is Phase.Base or Phase.Build or Phase.Sharpen && !cycle.Days.Any(d => bRaces.Contains(d.Date)))
                (previousLoading, span) = (newM / cycle.LengthDays, 1);
        }
        return draft;
    }

    public static double PerDay(Microcycle cycle) => SessionScaler.RunningM(cycle.Days) / cycle.LengthDays;

    private static double PeakRatio(PlanDraft before, PlanDraft after)
    {
        static double Peak(PlanDraft d) => d.Cycles.Where(c => c.Phase is Phase.Base or Phase.Build or Phase.Sharpen)
            .Select(c => PerDay(c) * 7).DefaultIfEmpty(0).Max();
        var old = Peak(before);
        return old > 0 ? Math.Min(1, Peak(after) / old) : 1;
    }

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
