namespace HybridCoach.Application.Activities;

/// <summary>
/// An activity's samples as chart columns, index i of each being the same moment: distance (in <see cref="Unit"/>,
/// "km" or "mi", the athlete's) and elapsed time (s) for the x axis, pace (s per km or per mile), heart rate (bpm),
/// altitude (m) and cadence (steps/min) with null where the device had no value. Track holds the track's coordinates
/// (degrees) when it was recorded outdoors.
/// </summary>
public sealed record ActivityChartSeries(
    string Unit,
    double[] Distance,
    double[] ElapsedS,
    double?[] PaceS,
    double?[] HeartRateBpm,
    double?[] AltitudeM,
    double?[] CadenceSpm,
    double[][] Track);
