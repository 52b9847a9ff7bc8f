namespace HybridCoach.Application.Demo;

/// <summary>
/// Gentle rolling hills around home: a sum of three long sine waves, so the same spot always has the
/// same altitude and grades stay under about 5 %.
/// </summary>
public static class DemoTerrain
{
    public static double AltitudeM(double baseAltitudeM, double northM, double eastM) =>
        baseAltitudeM
        + 12 * Math.Sin(eastM / 700 + 0.3)
        + 8 * Math.Sin(northM / 450 + 1.1)
        + 4 * Math.Sin((eastM + northM) / 230);
}
