using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Critical speed and D′ from best efforts: the least-squares line through (time, distance), d = CS·t + D′.
/// Source: Kordi, Menzies &amp; Galbraith, IJSPP 14:685 (2019) (linear distance–time model, 1200/2400/3600 m
/// trials); Smyth &amp; Muniz-Pumares, MSSE 52:2637 (2020) (the same line from runners' best efforts,
/// R² = 0.9999); science.md §10. With two efforts this is the two-point form CS = Δd/Δt, D′ = d1 − CS·t1.
/// </summary>
public static class CriticalSpeed
{
    public const string Id = "critical_speed";
    public const string DPrimeId = "d_prime";

    /// <summary>
    /// Efforts must last roughly 2–20 min: shorter ones lean on anaerobic capacity and longer ones run below CS, so
    /// neither lies on the two-parameter line. Kordi's trials (1200–3600 m) lasted about 4–13 min (science.md §10).
    /// </summary>
    public static readonly Duration DefaultShortestEffort = Duration.FromMinutes(2);
    public static readonly Duration DefaultLongestEffort = Duration.FromMinutes(20);

    public const int MinimumEfforts = 2;

    /// <summary>Fits CS and D′; bounds default to <see cref="DefaultShortestEffort"/>–<see cref="DefaultLongestEffort"/>.</summary>
    public static CriticalSpeedFit Fit(IReadOnlyList<TimedEffort> efforts, Duration? shortest = null, Duration? longest = null)
    {
        Validate(efforts, shortest ?? DefaultShortestEffort, longest ?? DefaultLongestEffort);
        var meanT = efforts.Average(e => e.Time.Seconds);
        var meanD = efforts.Average(e => e.Distance.Meters);
        var sxx = efforts.Sum(e => Square(e.Time.Seconds - meanT));
        var sxy = efforts.Sum(e => (e.Time.Seconds - meanT) * (e.Distance.Meters - meanD));
        var syy = efforts.Sum(e => Square(e.Distance.Meters - meanD));
        var slope = sxy / sxx;
        var intercept = meanD - slope * meanT;
        if (slope <= 0)
            throw new ArgumentException(
                $"efforts give a critical speed of {slope:0.###} m/s; longer efforts must cover more distance", nameof(efforts));
        if (intercept < 0)
            throw new ArgumentException(
                $"efforts give a negative D′ ({intercept:0.#} m); the shorter efforts were probably not maximal", nameof(efforts));
        var rSquared = syy > 0 ? sxy * sxy / (sxx * syy) : 1.0;
        return new CriticalSpeedFit(new Speed(slope), new Distance(intercept), rSquared, efforts.ToList());
    }

    private static void Validate(IReadOnlyList<TimedEffort> efforts, Duration shortest, Duration longest)
    {
        ArgumentNullException.ThrowIfNull(efforts);
        if (efforts.Count < MinimumEfforts)
            throw new ArgumentException(
                $"efforts must hold at least {MinimumEfforts} best efforts for critical speed (was {efforts.Count})", nameof(efforts));
        for (var i = 0; i < efforts.Count; i++)
        {
            PerformanceGuard.PositiveDistance(efforts[i].Distance, $"efforts[{i}].distance");
            PerformanceGuard.PositiveDuration(efforts[i].Time, $"efforts[{i}].time");
            if (efforts[i].Time < shortest || efforts[i].Time > longest)
                throw new ArgumentException(
                    $"efforts[{i}] lasts {efforts[i].Time}; critical speed needs efforts of {shortest}–{longest}", nameof(efforts));
        }
        if (efforts.Select(e => e.Time.Seconds).Distinct().Count() < 2)
            throw new ArgumentException("efforts must have at least 2 different durations for critical speed", nameof(efforts));
    }

    private static double Square(double x) => x * x;
}
