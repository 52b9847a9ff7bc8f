using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>One planned session against what was done: its status, the activities matched to it, their totals and why.</summary>
public sealed record SessionMatch(PlannedSession Planned, SessionStatus Status, IReadOnlyList<long> ActivityIds,
    double ActualDistanceM, double ActualDurationS, double ActualLoad, string Reason);
