using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>Input checks shared by the performance formulas: one clear message naming the input and the reason.</summary>
internal static class PerformanceGuard
{
    public static void PositiveDistance(Distance distance, string name)
    {
        if (!double.IsFinite(distance.Meters) || distance.Meters <= 0)
            throw new ArgumentException($"{name} must be more than 0 m (was {distance.Meters} m)", name);
    }

    public static void PositiveDuration(Duration duration, string name)
    {
        if (!double.IsFinite(duration.Seconds) || duration.Seconds <= 0)
            throw new ArgumentException($"{name} must be more than 0 s (was {duration.Seconds} s)", name);
    }

    public static void PositivePace(Pace pace, string name)
    {
        if (!double.IsFinite(pace.SecondsPerKilometer) || pace.SecondsPerKilometer <= 0)
            throw new ArgumentException($"{name} must be more than 0 s/km (was {pace.SecondsPerKilometer} s/km)", name);
    }

    public static void PositiveNumber(double value, string name, string unit)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new ArgumentException($"{name} must be a finite number more than 0{unit} (was {value})", name);
    }
}
