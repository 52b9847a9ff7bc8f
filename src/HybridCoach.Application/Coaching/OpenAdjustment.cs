using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>A day's adjustment waiting for the athlete's accept or reject: its id, the athlete's reason, the planned session, its never-harder replacement and the adjuster's lines.</summary>
public sealed record OpenAdjustment(long Id, DateOnly Date, string Reason, PlannedSession Original, PlannedSession Replacement, IReadOnlyList<string> Changes);
