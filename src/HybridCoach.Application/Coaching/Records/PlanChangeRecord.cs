using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Adaptation;

namespace HybridCoach.Application.Coaching.Records;

/// <summary>A stored per-day plan change: the day, kind, reason, and the sessions before and after (null when none).</summary>
public sealed record PlanChangeRecord(DateOnly Date, ChangeKind Kind, string Reason, PlannedSessionRecord? Before, PlannedSessionRecord? After)
{
    public static PlanChangeRecord From(PlanChange c) => new(c.Date, c.Kind, c.Reason,
        c.Before is { } b ? PlannedSessionRecord.From(b) : null, c.After is { } a ? PlannedSessionRecord.From(a) : null);

    public PlanChange ToChange() => new(Date, Before?.ToSession(), After?.ToSession(), Kind, Reason);
}
