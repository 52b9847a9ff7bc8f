namespace HybridCoach.Formats.Xml;

/// <summary>
/// Garmin's XML formats carry running cadence per leg: strides (cycles) per minute, the same "rpm" unit
/// as FIT's record.cadence, which Garmin Connect shows doubled as steps per minute. The corpus shows it:
/// tcx/3173437224.tcx, a Polar M400 run, has trackpoint cadences of 46–71 while running, whereas runners
/// take roughly 150–190 steps a minute (B. C. Heiderscheit et al., "Effects of step rate manipulation on
/// joint mechanics during running", Med Sci Sports Exerc 43(2), 2011: preferred step rates near 170).
/// HybridCoach stores running cadence in steps per minute; cycling cadence stays in rpm.
/// </summary>
public static class GarminCadence
{
    public const double StepsPerStride = 2.0;

    /// <summary>Cadence as HybridCoach stores it: steps/min for running sports, unchanged (rpm) otherwise.</summary>
    public static double ToStoredCadence(double fileCadence, bool isRun) =>
        isRun ? fileCadence * StepsPerStride : fileCadence;
}
