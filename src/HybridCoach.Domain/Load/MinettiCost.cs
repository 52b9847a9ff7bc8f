namespace HybridCoach.Domain.Load;

/// <summary>
/// Energy cost of running on a grade, Minetti et al. 2002 (J Appl Physiol 93:1039–1046; science.md §7):
/// Cr = 155.4 i⁵ − 30.4 i⁴ − 43.3 i³ + 46.3 i² + 19.5 i + 3.6 J/kg/m, i the decimal grade, fitted on
/// −0.45…+0.45. Outside that range the grade is clamped, since the polynomial was not measured there.
/// </summary>
public static class MinettiCost
{
    public const string Id = "minetti_running_cost";
    public const double MinGrade = -0.45;
    public const double MaxGrade = 0.45;

    /// <summary>The polynomial's value on the level, 3.6 J/kg/m (the measured mean was 3.40).</summary>
    public const double LevelCostJPerKgM = 3.6;

    public static double OfRunning(double grade)
    {
        if (double.IsNaN(grade)) throw new ArgumentException("grade is not a number", nameof(grade));
        var i = Math.Clamp(grade, MinGrade, MaxGrade);
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + LevelCostJPerKgM;
    }

    /// <summary>How much harder than the level a grade is: Cr(i) / Cr(0). A flat-equivalent speed is speed × this.</summary>
    public static double RelativeToLevel(double grade) => OfRunning(grade) / LevelCostJPerKgM;
}
