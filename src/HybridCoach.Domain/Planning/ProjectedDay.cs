namespace HybridCoach.Domain.Planning;

/// <summary>One projected day: planned load, coupled ACWR (null in warm-up) and chronic load.</summary>
public sealed record ProjectedDay(DateOnly Date, double Load, double? Acwr, double ChronicLoad);
