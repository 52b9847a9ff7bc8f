using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Daniels' VDOT: the oxygen cost of the race speed divided by the fraction of VO2max sustainable for the race
/// time, and the inverse, the equivalent race time for a VDOT at any distance.
/// Source: Daniels &amp; Gilbert, <i>Oxygen Power</i> (1979); Daniels, <i>Daniels' Running Formula</i>, 3rd ed.
/// (2013); science.md §1.1. Worked example (science.md §1.1): 10 km in 40:00 → VDOT 51.944.
/// </summary>
public static class Vdot
{
    public const string Id = "vdot";

    /// <summary>The equivalent-time solver stops when the bracket is narrower than this (1 µs, about 40 halvings).</summary>
    public const double SolverToleranceS = 1e-6;

    /// <summary>Bracket for the solver: 1 s to 7 days covers every running race; VDOT falls monotonically with time.</summary>
    public const double SolverShortestS = 1;
    public const double SolverLongestS = 7 * 24 * 3600;

    private const int SolverMaxIterations = 200;

    /// <summary>VDOT (ml/kg/min) of covering <paramref name="distance"/> in <paramref name="time"/>.</summary>
    public static double FromPerformance(Distance distance, Duration time)
    {
        PerformanceGuard.PositiveDistance(distance, nameof(distance));
        PerformanceGuard.PositiveDuration(time, nameof(time));
        return Compute(distance, time.Seconds);
    }

    /// <summary>
    /// The time at which covering <paramref name="distance"/> gives <paramref name="vdot"/>. Bisection (as tlgs/vdot
    /// does, science.md §1.1) on [1 s, 7 days] until the bracket is under <see cref="SolverToleranceS"/>, so the
    /// result is within 1 µs of the exact root.
    /// </summary>
    public static Duration EquivalentTime(double vdot, Distance distance)
    {
        PerformanceGuard.PositiveNumber(vdot, nameof(vdot), " ml/kg/min");
        PerformanceGuard.PositiveDistance(distance, nameof(distance));
        double shortS = SolverShortestS, longS = SolverLongestS;
        if (Compute(distance, shortS) < vdot || Compute(distance, longS) > vdot)
            throw new ArgumentException(
                $"vdot {vdot} has no equivalent time for {distance} between {SolverShortestS} s and 7 days", nameof(vdot));
        for (var i = 0; i < SolverMaxIterations && longS - shortS > SolverToleranceS; i++)
        {
            var midS = (shortS + longS) / 2;
            if (Compute(distance, midS) > vdot) shortS = midS;
            else longS = midS;
        }
        return new Duration((shortS + longS) / 2);
    }

    private static double Compute(Distance distance, double timeS)
    {
        var time = new Duration(timeS);
        var speed = Speed.From(distance, time);
        return RunningOxygenCost.Vo2MlPerKgPerMin(speed) / SustainableVo2Fraction.For(time);
    }
}
