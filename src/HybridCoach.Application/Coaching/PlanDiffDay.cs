using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>One day that differs between two plan versions: the sessions before and after, and the stored kind and reason of the change (null when none was recorded).</summary>
public sealed record PlanDiffDay(DateOnly Date, PlannedSession? Before, PlannedSession? After, string? Kind, string? Reason);
