using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans;

/// <summary>
/// What `coach plan generate` asks for on top of the profile and history: the as-of date (history after it is
/// ignored), the first day (default the day after the as-of date), the microcycle length (default 7), the goal
/// race by calendar id (default the next A race), the runner type (default from the profile, see
/// <see cref="DefaultRunnerType"/>), a target time, strength &amp; conditioning with its equipment, final-phase
/// work as percentages of goal race pace, and the variant to make active (default moderate).
/// </summary>
public sealed record PlanOptions(
    DateOnly AsOf,
    DateOnly? Start = null,
    int? CycleDays = null,
    long? RaceId = null,
    RunnerType? RunnerType = null,
    Duration? TargetTime = null,
    bool Strength = false,
    IReadOnlyList<Equipment>? Equipment = null,
    bool RaceSpecificPercentages = false,
    PlanVariant? Variant = null)
{
    public const int DefaultCycleDays = 7;
    public const PlanVariant DefaultVariant = PlanVariant.Moderate;

    /// <summary>The plan's first day: <see cref="Start"/>, else tomorrow (the as-of date + 1).</summary>
    public DateOnly StartDay => Start ?? AsOf.AddDays(1);

    /// <summary>The last day of history the plan reads: the day before the start, never after the as-of date.</summary>
    public DateOnly HistoryEnd => StartDay.AddDays(-1) < AsOf ? StartDay.AddDays(-1) : AsOf;
}
