namespace HybridCoach.Domain.Planning;

/// <summary>What a planned day is. Stable snake_case ids in <see cref="SessionTypeIds"/>; which types are hard in <see cref="SessionTypeIds.IsHard"/>.</summary>
public enum SessionType
{
    Rest,
    Easy,
    Recovery,
    Long,
    Tempo,
    CruiseIntervals,
    Vo2Intervals,
    RacePace,
    Hills,
    Strides,
    Fartlek,
    RunWalk,
    Strength,
    CrossTraining,
    Race,
}
