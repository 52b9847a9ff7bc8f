using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored validator finding (the plan_variants table's violations_json).</summary>
public sealed record PlanViolationRecord(string InvariantId, int? MicrocycleIndex, DateOnly? Date, string Message)
{
    public static PlanViolationRecord From(PlanViolation v) => new(v.InvariantId, v.MicrocycleIndex, v.Date, v.Message);

    public PlanViolation ToViolation() => new(InvariantId, MicrocycleIndex, Date, Message);
}
