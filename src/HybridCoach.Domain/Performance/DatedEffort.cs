using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// A maximal effort on a date, with where it came from (<paramref name="SourceId"/>: e.g. an activity id plus the
/// best-effort id), so an estimate built on it can name its evidence.
/// </summary>
public sealed record DatedEffort(DateOnly Date, Distance Distance, Duration Time, string SourceId)
{
    public TimedEffort ToTimedEffort() => new(Distance, Time);
}
