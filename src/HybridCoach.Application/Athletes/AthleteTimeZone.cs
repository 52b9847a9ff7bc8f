using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// The athlete's time zone and the "today" it gives. Zones are IANA names (the tz database, via the operating system's
/// copy that <see cref="TimeZoneInfo"/> reads); no zone means UTC. Daylight-saving changes are the database's.
/// </summary>
public static class AthleteTimeZone
{
    /// <summary><paramref name="name"/> trimmed when this machine knows the zone; else an <see cref="InvalidFieldException"/> naming <paramref name="field"/>.</summary>
    public static string Require(string name, string field)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out _) && trimmed.Length > 0
            ? trimmed
            : throw new InvalidFieldException(field, $"{field} '{name}': not a known IANA time zone (e.g. Europe/Paris, America/New_York)");
    }

    /// <summary>The calendar date at <paramref name="nowUtc"/> in <paramref name="zone"/> (UTC when null or unknown here).</summary>
    public static DateOnly Today(DateTimeOffset nowUtc, string? zone) =>
        DateOnly.FromDateTime(zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)
            ? TimeZoneInfo.ConvertTime(nowUtc, info).DateTime
            : nowUtc.UtcDateTime);

    /// <summary>The athlete's today from their stored profile (UTC without one).</summary>
    public static async Task<DateOnly> TodayAsync(IAthleteStore athletes, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        ArgumentNullException.ThrowIfNull(clock);
        return Today(clock.GetUtcNow(), (await athletes.GetProfileAsync(cancellationToken))?.TimeZone);
    }
}
