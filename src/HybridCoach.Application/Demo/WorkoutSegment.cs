using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Demo;

/// <summary>
/// One continuous part of a session at one target pace (or, for rides, speed): a warm-up, a rep, a
/// recovery jog. <paramref name="LapEveryKm"/> splits it into 1 km laps as a watch's auto-lap does;
/// otherwise the segment is one lap, as a structured workout step is.
/// </summary>
public sealed record WorkoutSegment(double DistanceM, double TargetSpeedMps, FitLapIntensity Intensity, bool LapEveryKm)
{
    public static WorkoutSegment AtPace(double distanceM, double paceSPerKm, FitLapIntensity intensity, bool lapEveryKm) =>
        new(distanceM, 1000.0 / paceSPerKm, intensity, lapEveryKm);
}
