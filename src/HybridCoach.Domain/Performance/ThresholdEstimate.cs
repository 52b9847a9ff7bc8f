using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Estimates threshold pace from dated best efforts as of a date, naming the evidence.
/// Daniels' T pace (science.md §1.3–1.4) of the effort with the highest VDOT in the window is the default:
/// VDOT puts efforts over different distances on one scale, so "the best recent effort" is well defined.
/// Critical speed (§10) is the alternative; if the chosen method has no usable efforts the other is tried.
/// Efforts dated after <c>asOf</c> are ignored, so an estimate for a past date never changes with later imports.
/// </summary>
public static class ThresholdEstimate
{
    public const string Id = "threshold_pace_estimate";

    /// <summary>
    /// Look-back window: about one training block (13 weeks); older efforts no longer describe current fitness.
    /// A product rule, not a published figure.
    /// </summary>
    public const int DefaultWindowDays = 90;

    /// <summary>Shortest effort used for VDOT: 1500 m, the shortest distance in Daniels' table (science.md §1.2).</summary>
    public static readonly Distance ShortestVdotEffort = RaceDistance.M1500.Distance;

    /// <returns>The estimate, or null when no effort in the window can support either method.</returns>
    public static ThresholdPaceEstimate? Estimate(IReadOnlyList<DatedEffort> efforts, DateOnly asOf,
        ThresholdMethod preferred = ThresholdMethod.DanielsThresholdPace, int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(efforts);
        if (windowDays < 1)
            throw new ArgumentException($"windowDays must be at least 1 day (was {windowDays})", nameof(windowDays));
        for (var i = 0; i < efforts.Count; i++)
        {
            PerformanceGuard.PositiveDistance(efforts[i].Distance, $"efforts[{i}].distance");
            PerformanceGuard.PositiveDuration(efforts[i].Time, $"efforts[{i}].time");
        }
        var windowStart = asOf.AddDays(1 - windowDays);
        var inWindow = efforts.Where(e => e.Date >= windowStart && e.Date <= asOf).ToList();
        var first = preferred == ThresholdMethod.DanielsThresholdPace
            ? FromBestVdot(inWindow, asOf, windowStart)
            : FromCriticalSpeed(inWindow, asOf, windowStart);
        return first ?? (preferred == ThresholdMethod.DanielsThresholdPace
            ? FromCriticalSpeed(inWindow, asOf, windowStart)
            : FromBestVdot(inWindow, asOf, windowStart));
    }

    // Highest VDOT wins; on a tie the most recent effort does.
    private static ThresholdPaceEstimate? FromBestVdot(List<DatedEffort> efforts, DateOnly asOf, DateOnly windowStart)
    {
        var best = efforts
            .Where(e => e.Distance >= ShortestVdotEffort)
            .Select(e => (Effort: e, Vdot: Vdot.FromPerformance(e.Distance, e.Time)))
            .Where(x => x.Vdot > 0) // a walk slow enough to cost less than resting VO2 says nothing about threshold
            .OrderByDescending(x => x.Vdot).ThenByDescending(x => x.Effort.Date)
            .FirstOrDefault();
        if (best.Effort is null) return null;
        var pace = TrainingPaces.FromVdot(best.Vdot).Threshold;
        return new ThresholdPaceEstimate(pace, ThresholdMethod.DanielsThresholdPace, [best.Effort], best.Vdot, null,
            asOf, windowStart);
    }

    // The fastest effort per distance inside CS's duration bounds; needs two distances.
    private static ThresholdPaceEstimate? FromCriticalSpeed(List<DatedEffort> efforts, DateOnly asOf, DateOnly windowStart)
    {
        var used = efforts
            .Where(e => e.Time >= CriticalSpeed.DefaultShortestEffort && e.Time <= CriticalSpeed.DefaultLongestEffort)
            .GroupBy(e => e.Distance.Meters)
            .Select(g => g.OrderBy(e => e.Time.Seconds / e.Distance.Meters).ThenByDescending(e => e.Date).First())
            .OrderBy(e => e.Distance)
            .ToList();
        if (used.Select(e => e.Time.Seconds).Distinct().Count() < 2) return null;
        CriticalSpeedFit fit;
        try
        {
            fit = CriticalSpeed.Fit(used.Select(e => e.ToTimedEffort()).ToList());
        }
        catch (ArgumentException)
        {
            return null; // inconsistent efforts (negative D′): not evidence for a threshold
        }
        return new ThresholdPaceEstimate(fit.CriticalPace, ThresholdMethod.CriticalSpeed, used, null, fit,
            asOf, windowStart);
    }
}
