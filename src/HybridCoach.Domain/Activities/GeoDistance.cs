namespace HybridCoach.Domain.Activities;

/// <summary>Great-circle distance between two WGS 84 positions on a spherical earth.</summary>
public static class GeoDistance
{
    /// <summary>
    /// Mean earth radius R1 = (2a + b) / 3 of the GRS 80 / WGS 84 ellipsoid, 6,371,008.8 m
    /// (H. Moritz, "Geodetic Reference System 1980", Journal of Geodesy 74, 2000). The spherical error
    /// against the ellipsoid is under 0.5 %, far below GPS noise over a run.
    /// </summary>
    public const double EarthRadiusM = 6_371_008.8;

    private const double RadiansPerDegree = Math.PI / 180.0;

    /// <summary>
    /// Haversine formula (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2), 1984):
    /// well conditioned for the short steps between consecutive track points.
    /// </summary>
    public static double HaversineM(double latitude1Deg, double longitude1Deg, double latitude2Deg, double longitude2Deg)
    {
        var phi1 = latitude1Deg * RadiansPerDegree;
        var phi2 = latitude2Deg * RadiansPerDegree;
        var halfDeltaPhi = (phi2 - phi1) / 2;
        var halfDeltaLambda = (longitude2Deg - longitude1Deg) * RadiansPerDegree / 2;
        var sinPhi = Math.Sin(halfDeltaPhi);
        var sinLambda = Math.Sin(halfDeltaLambda);
        var h = sinPhi * sinPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinLambda * sinLambda;
        return 2 * EarthRadiusM * Math.Asin(Math.Sqrt(Math.Min(1.0, h)));
    }
}
