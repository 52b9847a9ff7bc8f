namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// How <see cref="SessionAdjustmentReasons"/> read a reason: what it is about, the body site named (if any),
/// whether that site is in the athlete's injury history, and the minutes available if the reason says so.
/// </summary>
public sealed record SessionAdjustmentReading(SessionAdjustmentReason Kind, string? Site, bool InjuryHistorySite, double? AvailableS);
