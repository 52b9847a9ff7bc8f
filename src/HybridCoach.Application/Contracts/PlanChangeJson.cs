using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>One day's change: kind, reason and the sessions before and after (null when none).</summary>
public sealed record PlanChangeJson(string Date, string Kind, string Reason, PlanDayJson? Before, PlanDayJson? After)
{
    public static PlanChangeJson From(PlanChange c, DistanceUnit units) => new(RecoverySignalsJson.DateText(c.Date), CoachingIds.ToId(c.Kind), c.Reason,
        c.Before is { } b ? PlanDayJson.From(b, units) : null, c.After is { } a ? PlanDayJson.From(a, units) : null);
}
