using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans;

/// <summary>A day's planned session for `coach today`, with the plan version and variant it comes from and the athlete's display units.</summary>
public sealed record PlannedDay(PlannedSession Session, DistanceUnit Units, long Version, PlanVariant Variant);
