namespace HybridCoach.Application.Demo;

/// <summary>
/// Metres north/east of an origin to latitude/longitude by the local flat-earth approximation on a
/// sphere of the mean Earth radius 6,371,008.8 m (IUGG mean radius R1): fine within a few tens of km.
/// </summary>
public sealed class LocalProjection(double originLatitudeDeg, double originLongitudeDeg)
{
    private const double EarthRadiusM = 6_371_008.8;
    private readonly double _metresPerDegreeLat = EarthRadiusM * Math.PI / 180;
    private readonly double _metresPerDegreeLon = EarthRadiusM * Math.PI / 180 * Math.Cos(originLatitudeDeg * Math.PI / 180);

    public double LatitudeDeg(double northM) => originLatitudeDeg + northM / _metresPerDegreeLat;

    public double LongitudeDeg(double eastM) => originLongitudeDeg + eastM / _metresPerDegreeLon;
}
