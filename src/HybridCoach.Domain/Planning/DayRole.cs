namespace HybridCoach.Domain.Planning;

/// <summary>What a day of a microcycle is reserved for before volume is spread over it.</summary>
public enum DayRole
{
    Free,
    Unavailable,
    Race,
    RaceEve,
    MiniTaper,
    AfterRace,
    Long,
    Quality,
    Easy,
    Strength,
    Rest,
}
