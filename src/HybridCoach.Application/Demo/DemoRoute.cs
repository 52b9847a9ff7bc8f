namespace HybridCoach.Application.Demo;

/// <summary>
/// A path on the ground as a polyline in metres north/east of the athlete's home, walked by distance:
/// a loop repeats, an out-and-back turns round at its far end. Positions are interpolated on the
/// polyline, so the distance between consecutive positions equals the distance run between them.
/// </summary>
public sealed class DemoRoute
{
    private const double PointSpacingM = 10;
    private readonly double[] _northM;
    private readonly double[] _eastM;
    private readonly double[] _cumulativeM;
    private readonly bool _isLoop;

    private DemoRoute(List<(double North, double East)> points, bool isLoop, bool isFlat = false)
    {
        _isLoop = isLoop;
        IsFlat = isFlat;
        _northM = points.Select(p => p.North).ToArray();
        _eastM = points.Select(p => p.East).ToArray();
        _cumulativeM = new double[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            _cumulativeM[i] = _cumulativeM[i - 1] + Math.Sqrt(
                Math.Pow(_northM[i] - _northM[i - 1], 2) + Math.Pow(_eastM[i] - _eastM[i - 1], 2));
        }
    }

    public double LengthM => _cumulativeM[^1];

    /// <summary>A running track is level: its altitude is the terrain's at its start, everywhere.</summary>
    public bool IsFlat { get; }

    public (double NorthM, double EastM) Start => (_northM[0], _eastM[0]);

    public (double NorthM, double EastM) PositionAt(double distanceM)
    {
        var along = _isLoop ? distanceM % LengthM : Reflect(distanceM);
        var i = Array.BinarySearch(_cumulativeM, along);
        if (i >= 0) return (_northM[i], _eastM[i]);
        i = Math.Clamp(~i, 1, _cumulativeM.Length - 1);
        var t = (along - _cumulativeM[i - 1]) / (_cumulativeM[i] - _cumulativeM[i - 1]);
        return (_northM[i - 1] + t * (_northM[i] - _northM[i - 1]), _eastM[i - 1] + t * (_eastM[i] - _eastM[i - 1]));
    }

    /// <summary>A closed, gently wobbling loop through home, of roughly 2π × <paramref name="radiusM"/>.</summary>
    public static DemoRoute Loop(Random random, double radiusM)
    {
        var phase1 = random.NextBetween(0, 2 * Math.PI);
        var phase2 = random.NextBetween(0, 2 * Math.PI);
        var rotation = random.NextBetween(0, 2 * Math.PI);
        var direction = random.Next(2) == 0 ? 1 : -1;
        var count = Math.Max(24, (int)(2 * Math.PI * radiusM / PointSpacingM));
        var points = new List<(double, double)>(count + 1);
        for (var k = 0; k <= count; k++)
        {
            var theta = direction * 2 * Math.PI * k / count;
            var r = radiusM * (1 + 0.12 * Math.Sin(2 * theta + phase1) + 0.06 * Math.Sin(5 * theta + phase2));
            points.Add((r * Math.Sin(theta + rotation), r * Math.Cos(theta + rotation)));
        }
        return new DemoRoute(Translated(points), isLoop: true);
    }

    /// <summary>A winding path of half the session's distance, run out and back to home.</summary>
    public static DemoRoute OutAndBack(Random random, double totalDistanceM)
    {
        var heading = random.NextBetween(0, 2 * Math.PI);
        var baseHeading = heading;
        var count = Math.Max(2, (int)Math.Ceiling(totalDistanceM / 2 / PointSpacingM));
        var points = new List<(double, double)>(count + 1) { (0, 0) };
        double north = 0, east = 0;
        for (var k = 0; k < count; k++)
        {
            // Heading wanders but is pulled back towards the overall direction, like a road network.
            heading += 0.05 * random.NextGaussian() + 0.02 * (baseHeading - heading);
            north += PointSpacingM * Math.Cos(heading);
            east += PointSpacingM * Math.Sin(heading);
            points.Add((north, east));
        }
        return new DemoRoute(points, isLoop: false);
    }

    /// <summary>
    /// A standard 400 m track: two 84.39 m straights joined by semicircles, measured 0.30 m out from the
    /// kerb of a 36.50 m inner radius (World Athletics Track and Field Facilities Manual, 2008, ch. 2.2).
    /// </summary>
    public static DemoRoute Track(double centreNorthM, double centreEastM)
    {
        const double straightM = 84.39, radiusM = 36.80;
        var points = new List<(double, double)>();
        for (var k = 0; k <= 200; k++)
        {
            var s = 400.0 * k / 200;
            points.Add(TrackPoint(s, straightM, radiusM));
        }
        return new DemoRoute(points.Select(p => (p.Item1 + centreNorthM, p.Item2 + centreEastM)).ToList(), isLoop: true, isFlat: true);
    }

    private static (double North, double East) TrackPoint(double s, double straightM, double radiusM)
    {
        var arcM = Math.PI * radiusM;
        if (s < straightM) return (-radiusM, -straightM / 2 + s);
        s -= straightM;
        if (s < arcM) return (-radiusM * Math.Cos(s / radiusM), straightM / 2 + radiusM * Math.Sin(s / radiusM));
        s -= arcM;
        if (s < straightM) return (radiusM, straightM / 2 - s);
        s = Math.Min(s - straightM, arcM);
        return (radiusM * Math.Cos(s / radiusM), -straightM / 2 - radiusM * Math.Sin(s / radiusM));
    }

    private static List<(double, double)> Translated(List<(double North, double East)> points)
    {
        var (n0, e0) = points[0];
        return points.Select(p => (p.North - n0, p.East - e0)).ToList();
    }

    private double Reflect(double distanceM)
    {
        var period = 2 * LengthM;
        var d = distanceM % period;
        return d <= LengthM ? d : period - d;
    }
}
