namespace HybridCoach.Application.Demo;

/// <summary>
/// Power to ride at a speed on a grade: aerodynamic drag ½ρCdA·v³, rolling resistance Crr·m·g·v and
/// climbing m·g·grade·v, over drivetrain efficiency (Martin et al. 1998, "Validation of a mathematical
/// model for road cycling power", J Appl Biomech 14:276-291), with road-bike values CdA 0.32 m²,
/// Crr 0.004, ρ 1.2 kg/m³ and 97.7 % efficiency.
/// </summary>
public static class CyclingPower
{
    private const double AirDensityKgPerM3 = 1.2;
    private const double DragAreaM2 = 0.32;
    private const double RollingResistance = 0.004;
    private const double DrivetrainEfficiency = 0.977;
    private const double GravityMPerS2 = 9.81;
    private const double BikeMassKg = 9;

    public static double Watts(double speedMps, double grade, double riderMassKg)
    {
        var massKg = riderMassKg + BikeMassKg;
        var aero = 0.5 * AirDensityKgPerM3 * DragAreaM2 * speedMps * speedMps * speedMps;
        var rolling = RollingResistance * massKg * GravityMPerS2 * speedMps;
        var climbing = massKg * GravityMPerS2 * grade * speedMps;
        return Math.Max(0, (aero + rolling + climbing) / DrivetrainEfficiency);
    }
}
