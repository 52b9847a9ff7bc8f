namespace HybridCoach.Application.Demo;

/// <summary>A session the synthetic athlete does: when (local clock), what, and its segments.</summary>
public sealed record PlannedSession(DateOnly Date, TimeOnly LocalStart, DemoSessionKind Kind, IReadOnlyList<WorkoutSegment> Segments)
{
    public double DistanceM => Segments.Sum(s => s.DistanceM);
}
