namespace HybridCoach.Domain.Activities;

/// <summary>Shows a UTC instant at the recording's local offset, when it states a usable one.</summary>
public static class LocalOffset
{
    /// <summary>
    /// The same instant at <paramref name="offset"/> rounded to whole minutes (what DateTimeOffset can
    /// hold); UTC when the offset is missing or outside ±14 h, the range DateTimeOffset allows.
    /// </summary>
    public static DateTimeOffset Apply(DateTimeOffset instant, TimeSpan? offset)
    {
        if (offset is not { } value) return instant.ToUniversalTime();
        var minutes = TimeSpan.FromMinutes(Math.Round(value.TotalMinutes));
        return Math.Abs(minutes.TotalHours) <= 14 ? instant.ToOffset(minutes) : instant.ToUniversalTime();
    }
}
