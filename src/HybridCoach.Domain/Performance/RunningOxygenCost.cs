using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// The oxygen cost of running at a speed, and its exact inverse.
/// Source: Daniels &amp; Gilbert, <i>Oxygen Power</i> (1979); science.md §1.1:
/// VO2 = −4.60 + 0.182258·v + 0.000104·v² (ml/kg/min, v in m/min).
/// </summary>
public static class RunningOxygenCost
{
    public const string Id = "running_oxygen_cost";

    public const double InterceptMlPerKgPerMin = -4.60;
    public const double LinearCoefficient = 0.182258;
    public const double QuadraticCoefficient = 0.000104;

    /// <summary>VO2 in ml/kg/min needed to run at <paramref name="speed"/>.</summary>
    public static double Vo2MlPerKgPerMin(Speed speed)
    {
        var v = speed.MetersPerSecond * 60.0;
        return InterceptMlPerKgPerMin + LinearCoefficient * v + QuadraticCoefficient * v * v;
    }

    /// <summary>
    /// The speed whose oxygen cost is <paramref name="vo2MlPerKgPerMin"/>: the positive root of the quadratic
    /// (science.md §1.1, "exact algebraic inverse").
    /// </summary>
    public static Speed SpeedAt(double vo2MlPerKgPerMin)
    {
        PerformanceGuard.PositiveNumber(vo2MlPerKgPerMin, nameof(vo2MlPerKgPerMin), " ml/kg/min");
        var discriminant = LinearCoefficient * LinearCoefficient
            + 4 * QuadraticCoefficient * (vo2MlPerKgPerMin - InterceptMlPerKgPerMin);
        var metersPerMinute = (-LinearCoefficient + Math.Sqrt(discriminant)) / (2 * QuadraticCoefficient);
        return new Speed(metersPerMinute / 60.0);
    }
}
