using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Describes a set of per-day plan changes as the oversight policy sees them (<see cref="ProposedChange"/>): the net
/// load change as a fraction of the planned load of the microcycles they touch (<see cref="PlannedLoad"/>), and
/// the parts that have their own branch: a key workout (hard session or long run) removed → cancel_key_workout, a
/// moved session → move_session, a race added (a race day in the changes, or the check-in's request) → add_race.
/// </summary>
public static class ChangeSizing
{
    public static ProposedChange Adaptation(SeasonPlan before, IReadOnlyList<PlanChange> changes, double thresholdSPerKm, string summary,
        RaceEntry? requestedRace = null)
    {
        var parts = new List<ProposedChange>();
        if (requestedRace is { } race)
            parts.Add(new(ChangeCategory.AddRace, null, false, $"{race.Date:yyyy-MM-dd} {race.Name} ({race.Priority}) added at the athlete's request"));
        foreach (var c in changes)
        {
            if (c.Kind == ChangeKind.Removed && c.Before is { } b && MissedKeySessionsRule.IsKey(b) && (c.After is null || !c.After.Type.IsRunning()))
                parts.Add(new(ChangeCategory.CancelKeyWorkout, null, true, $"{c.Date:yyyy-MM-dd} {b.Type.ToId()} cancelled: {c.Reason}"));
            else if (c.Kind == ChangeKind.Moved)
                parts.Add(new(ChangeCategory.MoveSession, null, c.Before is { } m && MissedKeySessionsRule.IsKey(m), $"{c.Date:yyyy-MM-dd} moved: {c.Reason}"));
            else if (c.Kind == ChangeKind.Added && c.After is { Type: SessionType.Race })
                parts.Add(new(ChangeCategory.AddRace, null, false, $"{c.Date:yyyy-MM-dd} race added: {c.Reason}"));
        }
        return new ProposedChange(ChangeCategory.Adaptation, NetLoadFraction(before, changes, thresholdSPerKm), false, summary, parts);
    }

    /// <summary>(after − before) / before over the microcycles the changes touch; null when they hold no planned load.</summary>
    public static double? NetLoadFraction(SeasonPlan before, IReadOnlyList<PlanChange> changes, double thresholdSPerKm)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return NetLoadFraction(before, PlanRevision.Apply(before, changes), changes.Select(c => c.Date), thresholdSPerKm);
    }

    /// <summary>
    /// (after − before) / before of the planned load (<see cref="PlannedLoad"/>) of the microcycles of
    /// <paramref name="before"/> that hold one of <paramref name="days"/>, matched by index in <paramref name="after"/>;
    /// null when they held no planned load. Also what a narrated plan change states (<see cref="PlanChangeBriefs"/>).
    /// </summary>
    public static double? NetLoadFraction(SeasonPlan before, SeasonPlan after, IEnumerable<DateOnly> days, double thresholdSPerKm)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var dates = days.ToHashSet();
        var touched = before.Microcycles.Where(m => m.Days.Any(d => dates.Contains(d.Date))).Select(m => m.Index).ToHashSet();
        var old = Load(before, touched, thresholdSPerKm);
        if (old <= 0) return null;
        return Math.Max(-1, (Load(after, touched, thresholdSPerKm) - old) / old);
    }

    private static double Load(SeasonPlan plan, HashSet<int> cycles, double thresholdSPerKm) =>
        plan.Microcycles.Where(m => cycles.Contains(m.Index)).Sum(m => m.Days.Sum(d => PlannedLoad.Of(d, thresholdSPerKm)));

    /// <summary>The session adjustment as the policy sees it: an easier replacement, its load change a fraction of the original's.</summary>
    public static ProposedChange Replacement(SessionAdjustment adjustment, double thresholdSPerKm)
    {
        var before = PlannedLoad.Of(adjustment.Original, thresholdSPerKm);
        var after = PlannedLoad.Of(adjustment.Replacement, thresholdSPerKm);
        double? fraction = before > 0 ? Math.Max(-1, (after - before) / before) : null;
        return new ProposedChange(ChangeCategory.EasierReplacement, fraction, MissedKeySessionsRule.IsKey(adjustment.Original),
            $"{adjustment.Original.Date:yyyy-MM-dd}: {adjustment.Original.Type.ToId()} → {adjustment.Replacement.Type.ToId()} ({adjustment.Reason})");
    }
}
