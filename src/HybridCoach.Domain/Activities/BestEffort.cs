using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// The fastest stretch of a standard distance inside one activity.
/// <see cref="Id"/> is stable snake_case ("400m", "1k", "1mi", "5k", "10k", "half_marathon", "marathon").
/// </summary>
public sealed record BestEffort(string Id, Distance Distance, Duration Time, Duration StartOffset)
{
    public Pace? Pace => Speed.From(Distance, Time).ToPace();
}
