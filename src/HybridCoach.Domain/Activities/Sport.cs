namespace HybridCoach.Domain.Activities;

/// <summary>What kind of activity this was. Running kinds come first: they are what the coach plans.</summary>
public enum Sport
{
    Other = 0,
    Running,
    TrailRunning,
    TreadmillRunning,
    Walking,
    Hiking,
    Cycling,
    Swimming,
    Rowing,
    Strength,
    CrossTraining,
    Multisport,
}
