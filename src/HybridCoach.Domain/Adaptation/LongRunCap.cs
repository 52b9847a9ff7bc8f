using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Keeps a long run within the references' rule (<c>long_run_limit</c>, <see cref="LongRunLimit"/>) in a microcycle
/// that was made lighter: the longest run the rule allows beside the microcycle's other running, per 7 days.
/// </summary>
public static class LongRunCap
{
    public static double MaxM(Microcycle cycle, PlannedSession run, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(run);
        var scale = LongRunLimit.WeekScale(cycle.LengthDays);
        var otherM = SessionScaler.RunningM(cycle.Days) - run.DistanceM + cycle.Days.Sum(d => d.UnavailableRunningM);
        return LongRunLimit.LargestWithin(run.DistanceM, otherM, scale, request);
    }

    /// <summary>The microcycle with every long run above its cap shortened to it (<see cref="SessionScaler"/>), except on <paramref name="keep"/> days.</summary>
    public static Microcycle Apply(Microcycle cycle, PlanRequest request, StepMaker steps, IReadOnlySet<DateOnly>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var days = cycle.Days.Select(d => d.Type == SessionType.Long && keep?.Contains(d.Date) != true && d.DistanceM > MaxM(cycle, d, request)
            ? SessionScaler.Scale(d, MaxM(cycle, d, request) / d.DistanceM, steps) : d).ToList();
        return cycle with { Days = days };
    }
}
