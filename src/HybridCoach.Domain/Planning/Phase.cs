namespace HybridCoach.Domain.Planning;

/// <summary>
/// The periods of a season (classic linear periodisation as used by Daniels and Pfitzinger): aerobic base,
/// build (threshold and VO2 work), sharpen (race-specific), taper, the race microcycle, recovery after it.
/// Ids are the lower-case names.
/// </summary>
public enum Phase
{
    Base,
    Build,
    Sharpen,
    Taper,
    Race,
    Recovery,
}
