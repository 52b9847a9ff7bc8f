namespace HybridCoach.Domain.Planning;

/// <summary>The role of a step in a session (mirrors FIT workout_step intensity: warmup, active, rest/recovery, cooldown; plus repeat blocks).</summary>
public enum StepKind
{
    WarmUp,
    Active,
    Recovery,
    CoolDown,
    Repeat,
}
