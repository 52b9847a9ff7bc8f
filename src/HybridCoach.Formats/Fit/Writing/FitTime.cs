namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// FIT date_time: seconds since 1989-12-31T00:00:00Z (FIT profile, Types sheet, date_time);
/// local_date_time counts from the same instant on the local clock.
/// </summary>
public static class FitTime
{
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static uint ToFitSeconds(DateTimeOffset instant)
    {
        var seconds = (long)Math.Floor((instant - Epoch).TotalSeconds);
        if (seconds is < 0 or > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(instant), $"{instant:O} is outside the FIT date_time range.");
        return (uint)seconds;
    }

    /// <summary>The local clock reading of an instant, as FIT local_date_time seconds.</summary>
    public static uint ToFitLocalSeconds(DateTimeOffset instant) =>
        ToFitSeconds(instant + instant.Offset);
}
