using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The most main-set time one quality session may hold by Daniels' limits for its kind of running
/// (<see cref="DanielsQualityLimits"/>): threshold sessions (tempo, cruise intervals, fartlek) 10 % of the week at T
/// pace; VO2 intervals and hills 8 % of the week, at most 10 km, at I pace; race-pace work by the race's own pace —
/// I limits up to the 10K, T limits for the half, M limits (110 min, 29 km) for the marathon. Less
/// <see cref="Margin"/> for rounding, since the week a plan is checked against is the built one.
/// </summary>
public static class DanielsBudget
{
    public const double Margin = 0.95;

    public static double MaxS(SessionKit kit, SessionType type, double weekM)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var paces = kit.Steps.Paces;
        double Seconds(double meters, Intensity intensity) => meters * paces.Range(intensity).Mid.SecondsPerKilometer / 1000 * Margin;
        var interval = Seconds(Math.Min(DanielsQualityLimits.IntervalShare * weekM, DanielsQualityLimits.IntervalMaxM), Intensity.Interval);
        var threshold = Seconds(DanielsQualityLimits.ThresholdShare * weekM, Intensity.Threshold);
        return type switch
        {
            SessionType.Vo2Intervals or SessionType.Hills => interval,
            SessionType.Tempo or SessionType.CruiseIntervals or SessionType.Fartlek => threshold,
            SessionType.RacePace => RaceDistanceClasses.For(kit.GoalDistanceM) switch
            {
                RaceDistanceClass.Marathon => Math.Min(DanielsQualityLimits.MarathonPaceMaxS,
                    DanielsQualityLimits.MarathonPaceMaxM * kit.GoalPace.SecondsPerKilometer / 1000) * Margin,
                RaceDistanceClass.Half => threshold,
                _ => interval,
            },
            _ => double.MaxValue,
        };
    }
}
