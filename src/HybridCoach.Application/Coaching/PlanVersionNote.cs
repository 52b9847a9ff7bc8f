namespace HybridCoach.Application.Coaching;

/// <summary>Why a plan version exists (source: adjustment, adaptation, proposal, restore), in one line, and who decided it when a person did.</summary>
public sealed record PlanVersionNote(long Version, string Source, string Summary, string? DecidedBy, IReadOnlyList<PlanChangeNote> Changes);

/// <summary>One day a plan version changed: the kind of change (ChangeKind, snake_case) and the reason.</summary>
public sealed record PlanChangeNote(DateOnly Date, string Kind, string Reason);
