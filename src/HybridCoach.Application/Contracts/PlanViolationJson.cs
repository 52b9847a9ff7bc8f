using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Contracts;

/// <summary>One validator finding: the invariant id, where (microcycle index and/or date) and the figures.</summary>
public sealed record PlanViolationJson(string Invariant, int? MicrocycleIndex, string? Date, string Message)
{
    public static PlanViolationJson From(PlanViolation v) =>
        new(v.InvariantId, v.MicrocycleIndex, v.Date is { } d ? RecoverySignalsJson.DateText(d) : null, v.Message);
}
