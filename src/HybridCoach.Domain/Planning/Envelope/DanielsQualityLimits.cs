namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// Daniels' limits on one session's quality running (<i>Daniels' Running Formula</i>, 3rd ed., ch. 4): threshold (T)
/// at most 10 % of the week's distance, intervals (I) at most 8 % and 10 km, repetitions (R) at most 5 % and 8 km,
/// marathon pace (M) at most the lesser of 110 minutes and 18 mi (29 km).
/// </summary>
public static class DanielsQualityLimits
{
    public const double ThresholdShare = 0.10;
    public const double IntervalShare = 0.08;
    public const double IntervalMaxM = 10_000;
    public const double RepetitionShare = 0.05;
    public const double RepetitionMaxM = 8_000;
    public const double MarathonPaceMaxS = 110 * 60;
    public const double MarathonPaceMaxM = 29_000;

    /// <summary>Sessions are rounded to 100 m and pace bands estimated at their middle: half a percentage point of slack.</summary>
    public const double ShareTolerance = 0.005;
}
