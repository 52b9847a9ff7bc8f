namespace HybridCoach.Domain.Planning;

/// <summary>One broken invariant: its stable id (e.g. <c>acwr_ceiling</c>), where (microcycle index and/or date), and what is wrong with the figures.</summary>
public sealed record PlanViolation(string InvariantId, int? MicrocycleIndex, DateOnly? Date, string Message);
