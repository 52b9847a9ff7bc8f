namespace HybridCoach.Domain.Planning;

/// <summary>What the athlete has for strength &amp; conditioning; bodyweight work needs nothing.</summary>
public enum Equipment
{
    Bodyweight,
    Dumbbells,
    Kettlebell,
    Barbell,
    ResistanceBand,
    Gym,
}
