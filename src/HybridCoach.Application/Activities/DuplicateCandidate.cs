using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Activities;

/// <summary>What duplicate detection needs to know about a stored activity.</summary>
public sealed record DuplicateCandidate(long Id, DateTimeOffset StartTime, Distance Distance);
