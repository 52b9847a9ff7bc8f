using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// What `coach metrics` asks for: the athlete's load physiology, the as-of date, an optional range of days
/// (default: the <see cref="DefaultRangeDays"/> days ending on the as-of date) and an optional measure
/// (default: the best available, see <see cref="TrainingLoadSelector"/>).
/// </summary>
public sealed record MetricsRequest(
    LoadProfile Profile,
    DateOnly AsOf,
    DateOnly? From = null,
    DateOnly? To = null,
    LoadMeasure? Measure = null)
{
    /// <summary>Four weeks: the chronic window of the workload ratios (science.md §3).</summary>
    public const int DefaultRangeDays = 28;

    /// <summary>The last day shown: <see cref="To"/>, else the as-of date.</summary>
    public DateOnly RangeEnd => To ?? AsOf;

    /// <summary>The first day shown: <see cref="From"/>, else <see cref="DefaultRangeDays"/> days ending on <see cref="RangeEnd"/>.</summary>
    public DateOnly RangeStart => From ?? RangeEnd.AddDays(1 - DefaultRangeDays);
}
