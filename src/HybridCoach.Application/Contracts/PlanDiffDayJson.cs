using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>One day that differs between two plan versions, with the stored kind and reason of the change (null when none was recorded).</summary>
public sealed record PlanDiffDayJson(string Date, string? Kind, string? Reason, PlanDayJson? Before, PlanDayJson? After)
{
    public static PlanDiffDayJson From(PlanDiffDay d, DistanceUnit units) => new(RecoverySignalsJson.DateText(d.Date), d.Kind, d.Reason,
        d.Before is { } b ? PlanDayJson.From(b, units) : null, d.After is { } a ? PlanDayJson.From(a, units) : null);
}
