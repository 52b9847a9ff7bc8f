namespace HybridCoach.Formats.Fit.Reading;

/// <summary>FIT date_time: seconds since 1989-12-31T00:00:00Z (FIT Profile, "date_time" type).</summary>
public static class FitTime
{
    /// <summary>Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).</summary>
    public const long UnixSecondsAtFitEpoch = 631065600;

    public static DateTimeOffset ToDateTimeOffset(double fitSeconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round((fitSeconds + UnixSecondsAtFitEpoch) * 1000));

    public static long ToUnixMilliseconds(long fitSeconds) => (fitSeconds + UnixSecondsAtFitEpoch) * 1000;
}
