namespace HybridCoach.Application.Activities;

/// <summary>
/// An activity's samples as chart columns, index i of each being the same moment: distance (km) and elapsed time (s)
/// for the x axis, pace (s/km), heart rate (bpm), altitude (m) and cadence (steps/min) with null where the device
/// had no value. Points and Track hold the track's coordinates (degrees) when it was recorded outdoors.
/// </summary>
public sealed record ActivityChartSeries(
    double[] DistanceKm,
    double[] ElapsedS,
    double?[] PaceSPerKm,
    double?[] HeartRateBpm,
    double?[] AltitudeM,
    double?[] CadenceSpm,
    double[][] Track);
