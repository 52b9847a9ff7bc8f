namespace HybridCoach.Formats.Fit.Writing;

/// <summary>Degrees to FIT semicircles: 2^31 semicircles = 180° (FIT profile, position fields).</summary>
public static class FitSemicircles
{
    private const double PerDegree = 2147483648.0 / 180.0;

    public static int FromDegrees(double degrees) =>
        (int)Math.Clamp(Math.Round(degrees * PerDegree), int.MinValue + 1, int.MaxValue - 1);

    public static double ToDegrees(int semicircles) => semicircles / PerDegree;
}
