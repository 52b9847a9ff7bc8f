using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>One day of the plan calendar: the session planned (null on a rest day), the distance done that day (m) and how they compare.</summary>
public sealed record CalendarDay(DateOnly Date, PlannedSession? Planned, double DoneDistanceM, int DoneCount, Compliance Compliance);
