namespace HybridCoach.Formats.Fit;

/// <summary>
/// FIT date_time: seconds since 1989-12-31T00:00:00Z (FIT Profile, "date_time" type); local_date_time
/// counts from the same instant on the local clock. Used by the decoder and the writer alike.
/// </summary>
public static class FitTime
{
    /// <summary>Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).</summary>
    public const long UnixSecondsAtFitEpoch = 631065600;

    public static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeSeconds(UnixSecondsAtFitEpoch);

    public static DateTimeOffset ToDateTimeOffset(double fitSeconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round((fitSeconds + UnixSecondsAtFitEpoch) * 1000));

    public static long ToUnixMilliseconds(long fitSeconds) => (fitSeconds + UnixSecondsAtFitEpoch) * 1000;

    /// <summary>An instant as FIT date_time seconds (whole seconds, rounded down).</summary>
    public static uint ToFitSeconds(DateTimeOffset instant)
    {
        var seconds = (long)Math.Floor((instant - Epoch).TotalSeconds);
        if (seconds is < 0 or > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(instant), $"{instant:O} is outside the FIT date_time range.");
        return (uint)seconds;
    }

    /// <summary>The local clock reading of an instant, as FIT local_date_time seconds.</summary>
    public static uint ToFitLocalSeconds(DateTimeOffset instant) => ToFitSeconds(instant + instant.Offset);
}
