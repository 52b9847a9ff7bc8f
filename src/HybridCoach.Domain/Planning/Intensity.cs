namespace HybridCoach.Domain.Planning;

/// <summary>
/// The pace targets a step can have, each tied to one Skiba pace zone (science.md §11.1) and, when VDOT is known,
/// to one of Daniels' paces: walk and recovery z1, easy/long z2 (Daniels E), steady/marathon z3 (M),
/// threshold z4 (T), interval z5 (I), repetition z6 (R).
/// </summary>
public enum Intensity
{
    Walk,
    Recovery,
    Easy,
    Marathon,
    Threshold,
    Interval,
    Repetition,
}
