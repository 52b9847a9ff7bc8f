namespace HybridCoach.Domain.Planning;

/// <summary>How far a runner is from their ceiling, which sets how fast their fitness can still grow (<see cref="ImprovementRate"/>).</summary>
public enum RunnerExperience
{
    /// <summary>Under 2 years of training (or, unknown, under 25 km a week): large but very variable gains.</summary>
    Beginner,

    /// <summary>2–5 years of training: Daniels' pace of progress.</summary>
    Trained,

    /// <summary>6 years or more (or, unknown, 70 km a week or VDOT 60 and above): near the ceiling, slow gains.</summary>
    Experienced,
}
