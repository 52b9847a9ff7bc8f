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

    public static PlanDraft Scale(PlanDraft draft, AdaptationInput input, int cycleIndex, double targetRunningM, ChangeKind kind, string reason,
        IReadOnlySet<DateOnly>? keep = null)
    {
        var cycle = draft.Cycle(cycleIndex);
        var eves = draft.Sessions.Where(s => s.Type == SessionType.Race).Select(s => s.Date.AddDays(-1)).ToHashSet();
        var scalable = cycle.Days.Where(d => d.Date > input.Today && !eves.Contains(d.Date) && keep?.Contains(d.Date) != true && SessionScaler.Scalable(d)).ToList();
        var scalableM = SessionScaler.RunningM(scalable);
        if (scalableM <= 0) return draft;
        var fixedM = SessionScaler.RunningM(cycle.Days) - scalableM;
        var factor = Math.Clamp((targetRunningM - fixedM) / scalableM, MinFactor, MaxFactor);
        var scaledDays = ScaleAll(scalable, factor, input);
        // Repeat blocks keep their size and distances round to 100 m, so one pass can land a little above the
        // target; a lower target must not overshoot (it is a cap such as cycle_growth), so the factor is corrected.
        for (var pass = 0; pass < MaxCorrections && targetRunningM < scalableM + fixedM; pass++)
        {
            var gotM = SessionScaler.RunningM(scaledDays) + fixedM;
            if (gotM <= targetRunningM + 1 || factor <= MinFactor) break;
            factor = Math.Clamp(factor * (targetRunningM - fixedM) / Math.Max(1, gotM - fixedM) - CorrectionStep, MinFactor, MaxFactor);
            scaledDays = ScaleAll(scalable, factor, input);
        }
        foreach (var (day, scaled) in scalable.Zip(scaledDays))
        {
            if (Math.Abs(scaled.DistanceM - day.DistanceM) < 1 && Math.Abs(scaled.DurationS - day.DurationS) < 1) continue;
            draft = draft.With(scaled, kind, reason);
        }
        return draft;
    }

    /// <summary>
    /// A recalibration cut under 0.2 % (about 100 m in a 50 km week) is not made: it is rounding, not a change worth a
    /// coach's attention, and the overshoot it leaves, at most 0.2 % × (1 + g)^span, stays inside the validator's
    /// 0.5-point tolerance (<see cref="Planning.Invariants.PlanMeasures.ShareTolerance"/>) for any span with (1 + g)^span ≤ 2.5.
    /// </summary>
    private const double NegligibleCut = 0.002;

    private const int MaxCorrections = 6;
    private const double CorrectionStep = 0.002;

    private static List<PlannedSession> ScaleAll(IEnumerable<PlannedSession> days, double factor, AdaptationInput input) =>
        [.. days.Select(d => SessionScaler.Scale(d, factor, input.Kit.Steps))];

    /// <summary>
    /// Rebalances every future microcycle after <paramref name="afterIndex"/>. Without <paramref name="basePerDayM"/>
    /// the microcycle <paramref name="afterIndex"/> is a deliberate dip: when it now runs less than planned it is
    /// marked <see cref="Microcycle.Reduced"/>, and like every reduced microcycle it does not set the growth base
    /// (mirroring <c>cycle_growth</c>), so a one-week reduction leaves the loading microcycles after it as planned.
    /// The growth base is the last loading, not reduced microcycle up to it as the draft now stands (or
    /// <paramref name="basePerDayM"/>, running per day, when given: the level actually run, a new base); a recovery
    /// microcycle scales with the microcycle before it, against the original plan.
    /// </summary>
    public static PlanDraft Rebalance(PlanDraft draft, AdaptationInput input, int afterIndex, double? basePerDayM = null)
    {
        if (basePerDayM is null) draft = MarkIfLowered(draft, input, afterIndex);
        var g = input.Settings.MaxCycleGrowth;
        var bRaces = input.Request.OtherRaces.Where(r => r.Priority == RacePriority.B).Select(r => r.Date).ToHashSet();
        var before = draft;
        double? previousLoading = null;
        var (span, previousRatio) = (1, 1.0);
        foreach (var cycle in before.Cycles)
        {
            var oldM = SessionScaler.RunningM(cycle.Days);
            var bRace = cycle.Days.Any(d => bRaces.Contains(d.Date));
            var loading = !bRace && !cycle.Recovery && cycle.Phase is Phase.Base or Phase.Build or Phase.Sharpen;
            if (cycle.Index <= afterIndex)
            {
                var original = input.Plan.Microcycles.FirstOrDefault(c => c.Index == cycle.Index);
                var perDay = cycle.Index == afterIndex && basePerDayM is { } b ? b : PerDay(cycle);
                previousRatio = original is null || PerDay(original) <= 0 ? 1 : perDay / PerDay(original);
                var newBase = cycle.Index == afterIndex && basePerDayM is not null;
                if (bRace) span++;
                if (loading && !newBase && cycle.Reduced) (previousLoading, span) = SkipReduced(previousLoading, span, original);
                else if (loading || newBase) (previousLoading, span) = (perDay, 1);
                continue;
            }
            if (cycle.Start <= input.Today) continue;
            double? target = null;
            if (bRace) span++;
            else if (cycle.Phase == Phase.Taper) target = oldM * PeakRatio(input, draft);
            else if (cycle.Phase is Phase.Race or Phase.Recovery) { }
            else if (cycle.Recovery && PreviousReduced(draft, cycle) && previousLoading is { } full)
                target = Math.Min(oldM, full * (1 - input.Settings.RecoveryReduction) * cycle.LengthDays);
            else if (cycle.Recovery) target = OriginalM(input, cycle) * previousRatio;
            else if (previousLoading is { } level) target = Math.Min(oldM, level * Math.Pow(1 + g, span) * cycle.LengthDays);
            if (target is { } t && t < oldM * (1 - NegligibleCut))
                draft = Scale(draft, input, cycle.Index, t, ChangeKind.Recalibrated, Text(
                    $"growth restarts from the lower level: at most {g * 100:0} % per microcycle ({input.Plan.Variant.ToString().ToLowerInvariant()}), microcycle {cycle.Index} {oldM / 1000:0.0} → {t / 1000:0.0} km"));
            var newM = SessionScaler.RunningM(draft.Cycle(cycle.Index).Days);
            previousRatio = OriginalM(input, cycle) is > 0 and var originalM ? newM / originalM : 1;
            if (loading && cycle.Reduced)
                (previousLoading, span) = SkipReduced(previousLoading, span, input.Plan.Microcycles.FirstOrDefault(c => c.Index == cycle.Index));
            else if (loading) (previousLoading, span) = (newM / cycle.LengthDays, 1);
        }
        return draft;
    }

    /// <summary>
    /// A reduced microcycle is no growth base: growth counts one more microcycle from the base before it, or — when
    /// it is the first loading microcycle (a check-in before the plan's first week) — from its planned level, which
    /// the planner grew from the athlete's history.
    /// </summary>
    private static (double? Base, int Span) SkipReduced(double? previousLoading, int span, Microcycle? original) =>
        previousLoading is not null ? (previousLoading, span + 1)
        : original is not null ? (PerDay(original), 1)
        : (null, span);

    private static PlanDraft MarkIfLowered(PlanDraft draft, AdaptationInput input, int index)
    {
        var original = input.Plan.Microcycles.FirstOrDefault(c => c.Index == index);
        var lowered = original is not null && SessionScaler.RunningM(draft.Cycle(index).Days) < SessionScaler.RunningM(original.Days) - 1;
        return lowered ? draft.MarkedReduced(index) : draft;
    }

    /// <summary>Shortens a long run that a lighter week left above the references' long-run rule (<see cref="LongRunCap"/>).</summary>
    public static PlanDraft CapLongRun(PlanDraft draft, AdaptationInput input, int cycleIndex, string reason)
    {
        var cycle = draft.Cycle(cycleIndex);
        foreach (var run in cycle.Days.Where(d => d.Type == SessionType.Long && d.Date > input.Today))
        {
            var maxM = LongRunCap.MaxM(cycle, run, input.Request);
            if (run.DistanceM <= maxM) continue;
            draft = draft.With(SessionScaler.Scale(run, maxM / run.DistanceM, input.Kit.Steps), ChangeKind.Shortened,
                Text($"{reason}: the long run stays within its limit for the lighter week"));
        }
        return draft;
    }

    /// <summary>A recovery microcycle after a microcycle an adaptation lowered (days off, a niggle) unloads from the
    /// last full microcycle, not from the lowered one: the lower week already gave the rest, and cutting the
    /// recovery by the same ratio again would leave a cliff before the next loading week.</summary>
    private static bool PreviousReduced(PlanDraft draft, Microcycle cycle) =>
        draft.Cycles.LastOrDefault(c => c.Index < cycle.Index) is { Reduced: true };

    /// <summary>A microcycle's running in the plan before this adaptation (ratios are taken against it, so rules that
    /// rebalance one after another do not compound a recovery microcycle's reduction).</summary>
    private static double OriginalM(AdaptationInput input, Microcycle cycle) =>
        input.Plan.Microcycles.FirstOrDefault(c => c.Index == cycle.Index) is { } original ? SessionScaler.RunningM(original.Days) : SessionScaler.RunningM(cycle.Days);

    public static double PerDay(Microcycle cycle) => SessionScaler.RunningM(cycle.Days) / cycle.LengthDays;

    /// <summary>The largest base/build/sharpen microcycle's running per 7 days: what the taper is measured from (<c>taper_reduction</c>).</summary>
    public static double Peak(IEnumerable<Microcycle> cycles) => cycles.Where(c => c.Phase is Phase.Base or Phase.Build or Phase.Sharpen)
        .Select(c => PerDay(c) * 7).DefaultIfEmpty(0).Max();

    private static double PeakRatio(AdaptationInput input, PlanDraft after)
    {
        var old = Peak(input.Plan.Microcycles);
        return old > 0 ? Math.Min(1, Peak(after.Cycles) / old) : 1;
    }

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
