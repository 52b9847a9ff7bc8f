using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>A proposed replacement for one planned day, the athlete's reason (quoted data) and what changed, one line each.</summary>
public sealed record SessionAdjustment(PlannedSession Original, PlannedSession Replacement, string Reason, IReadOnlyList<string> Changes);
