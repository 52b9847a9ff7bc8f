using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>One day's change between two plan versions: before and after (null when none), the kind of change and the reason in one line.</summary>
public sealed record PlanChange(DateOnly Date, PlannedSession? Before, PlannedSession? After, ChangeKind Kind, string Reason);
