namespace HybridCoach.Domain.Oversight;

/// <summary>The kinds of change the oversight policy routes (ids snake_case of the names).</summary>
public enum ChangeCategory
{
    EasierReplacement,
    LoadReduction,
    LoadIncrease,
    MoveSession,
    CancelKeyWorkout,
    AddRace,
    ChangeGoal,
    ChangeTargetTime,
    RegeneratePlan,
    Adaptation,
}
