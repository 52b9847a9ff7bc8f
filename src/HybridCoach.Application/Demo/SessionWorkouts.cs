using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Demo;

/// <summary>
/// The segments of each kind of session, at the synthetic runner's training paces (s/km): easy 5:30,
/// long 5:35, recovery 6:02, tempo 4:35, interval reps 4:00-4:10 by rep length, 10 km race 4:10: a
/// runner of roughly VDOT 50 in Daniels' Running Formula tables (10 km about 41:20, threshold pace
/// about 4:15 /km), training a little on the gentle side of those paces.
/// </summary>
public static class SessionWorkouts
{
    public const double EasyPaceSPerKm = 330, LongPaceSPerKm = 335, RecoveryPaceSPerKm = 362;
    public const double TempoPaceSPerKm = 275, RacePaceSPerKm = 250;
    private const double WarmupPaceSPerKm = 345, CooldownPaceSPerKm = 350, JogPaceSPerKm = 400;
    private const double RideSpeedMps = 8.0;

    public static IReadOnlyList<WorkoutSegment> Continuous(double distanceKm, double paceSPerKm) =>
        [WorkoutSegment.AtPace(distanceKm * 1000, paceSPerKm, FitLapIntensity.Active, lapEveryKm: true)];

    public static IReadOnlyList<WorkoutSegment> Tempo(double tempoKm) =>
    [
        WorkoutSegment.AtPace(2000, WarmupPaceSPerKm, FitLapIntensity.Warmup, lapEveryKm: true),
        WorkoutSegment.AtPace(tempoKm * 1000, TempoPaceSPerKm, FitLapIntensity.Active, lapEveryKm: true),
        WorkoutSegment.AtPace(1500, CooldownPaceSPerKm, FitLapIntensity.Cooldown, lapEveryKm: true),
    ];

    /// <summary>Track intervals: 6×800 m, 5×1000 m or 10×400 m, each rep a lap, with jogged recoveries.</summary>
    public static IReadOnlyList<WorkoutSegment> Intervals(IntervalVariant variant)
    {
        var (reps, repM, repPaceSPerKm, jogM) = variant switch
        {
            IntervalVariant.SixBy800 => (6, 800.0, 245.0, 400.0),
            IntervalVariant.FiveBy1000 => (5, 1000.0, 250.0, 400.0),
            _ => (10, 400.0, 240.0, 200.0),
        };
        var segments = new List<WorkoutSegment> { WorkoutSegment.AtPace(2400, WarmupPaceSPerKm, FitLapIntensity.Warmup, true) };
        for (var r = 0; r < reps; r++)
        {
            segments.Add(WorkoutSegment.AtPace(repM, repPaceSPerKm, FitLapIntensity.Active, false));
            if (r < reps - 1) segments.Add(WorkoutSegment.AtPace(jogM, JogPaceSPerKm, FitLapIntensity.Recovery, false));
        }
        segments.Add(WorkoutSegment.AtPace(1600, CooldownPaceSPerKm, FitLapIntensity.Cooldown, true));
        return segments;
    }

    public static IReadOnlyList<WorkoutSegment> Race10K() => Continuous(10, RacePaceSPerKm);

    public static IReadOnlyList<WorkoutSegment> Ride(double distanceKm) =>
        [new WorkoutSegment(distanceKm * 1000, RideSpeedMps, FitLapIntensity.Active, LapEveryKm: false)];
}

public enum IntervalVariant
{
    SixBy800,
    FiveBy1000,
    TenBy400,
}
