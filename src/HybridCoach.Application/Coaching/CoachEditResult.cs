using HybridCoach.Domain.Adaptation;

namespace HybridCoach.Application.Coaching;

/// <summary>What a coach's edit did: the plan version it stored, each changed day with its reason, and the days it locked against automatic change, and the athlete's display units.</summary>
public sealed record CoachEditResult(long Version, IReadOnlyList<PlanChange> Changes, IReadOnlyList<DateOnly> Locked, Domain.Units.DistanceUnit Units);
