using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// What is in force for an athlete as of a day, for display: the state the engine reads, every hold with who placed it,
/// the flags' alerts, and the athlete's recent requests (quoted text, from check-ins of the last <see cref="ReadAthleteState.RequestDays"/> days).
/// </summary>
public sealed record AthleteStateView(DateOnly AsOf, AthleteState State, IReadOnlyList<StoredHold> Holds, IReadOnlyList<string> RecentRequests);
