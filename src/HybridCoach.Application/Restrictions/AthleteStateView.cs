using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// What is in force for an athlete as of a day, for display: the state the engine reads, every hold with who placed it,
/// the flags' alerts, and the athlete's recent requests with the coach's answers (<see cref="Requests.ReadRequests"/>).
/// </summary>
public sealed record AthleteStateView(DateOnly AsOf, AthleteState State, IReadOnlyList<StoredHold> Holds, IReadOnlyList<Requests.RequestAnswer> RecentRequests);
