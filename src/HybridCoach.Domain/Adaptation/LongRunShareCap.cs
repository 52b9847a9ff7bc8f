using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Keeps a long run within the variant's share of a microcycle that was made lighter (<c>long_run_share</c>:
/// long ≤ share × the microcycle's running per 7 days). With the other running O and a 7-day scale k:
/// long ≤ share × k × (O + long) ⇔ long ≤ share × k × O ÷ (1 − share × k), less 1 % for rounding.
/// </summary>
public static class LongRunShareCap
{
    public static double MaxM(Microcycle cycle, PlannedSession run, double share)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(run);
        var scale = cycle.LengthDays > 7 ? 7.0 / cycle.LengthDays : 1;
        var otherM = (SessionScaler.RunningM(cycle.Days) - run.DistanceM) * scale;
        return share * otherM / (1 - share * scale) * RoundingMargin;
    }

    private const double RoundingMargin = 0.99;

    /// <summary>The microcycle with every long run above its cap shortened to it (<see cref="SessionScaler"/>), except on <paramref name="keep"/> days.</summary>
    public static Microcycle Apply(Microcycle cycle, double share, StepMaker steps, IReadOnlySet<DateOnly>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var days = cycle.Days.Select(d => d.Type == SessionType.Long && keep?.Contains(d.Date) != true && d.DistanceM > MaxM(cycle, d, share)
            ? SessionScaler.Scale(d, MaxM(cycle, d, share) / d.DistanceM, steps) : d).ToList();
        return cycle with { Days = days };
    }
}
