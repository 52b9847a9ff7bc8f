namespace HybridCoach.Domain.Adaptation;

/// <summary>One microcycle's planned versus actual running distance, time and load.</summary>
public sealed record CycleActuals(int MicrocycleIndex, DateOnly Start, DateOnly End,
    double PlannedDistanceM, double ActualDistanceM, double PlannedDurationS, double ActualDurationS, double PlannedLoad, double ActualLoad);
