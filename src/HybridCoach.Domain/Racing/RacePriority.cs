namespace HybridCoach.Domain.Racing;

/// <summary>
/// How much a race matters: A — the goal race, tapered for; B — a tune-up with a mini-taper; C — trained
/// through. (The A/B/C convention of Friel, <i>The Triathlete's Training Bible</i>, and Daniels.)
/// </summary>
public enum RacePriority
{
    A,
    B,
    C,
}
