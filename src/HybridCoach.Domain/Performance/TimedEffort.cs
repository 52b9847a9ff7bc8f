using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>A maximal effort: a distance covered in a time (a race or a best effort inside a run).</summary>
public sealed record TimedEffort(Distance Distance, Duration Time)
{
    public Speed Speed => Speed.From(Distance, Time);
}
