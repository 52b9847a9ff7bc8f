using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>The per-session differences between the active plans of two versions, in date order, with the athlete's display units.</summary>
public sealed record PlanDiff(long FromVersion, long ToVersion, DistanceUnit Units, IReadOnlyList<PlanDiffDay> Days);
