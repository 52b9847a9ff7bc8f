using System.Globalization;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Import;

/// <summary>
/// A Strava manual entry (<see cref="StravaManualRow"/>) as a manual activity: Strava's date (UTC, "May 4, 2024,
/// 6:30:00 AM"), its type as the sport (other when Strava's type has no equivalent), elapsed time and distance. A row
/// that cannot stand as an activity — no date, no time, a run without a distance, an impossible speed — is refused
/// with an <see cref="ArgumentException"/> naming the row and the reason, and the import reports it.
/// </summary>
public static class StravaManualEntry
{
    private static readonly string[] DateFormats = ["MMM d, yyyy, h:mm:ss tt", "MMM d, yyyy h:mm:ss tt", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public static ManualActivityEntry Build(StravaManualRow row, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!DateTime.TryParseExact(row.ActivityDate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
            throw Refused(sourcePath, $"activity date '{row.ActivityDate}' is not a date Strava writes (e.g. \"May 4, 2024, 6:30:00 AM\")");
        if (row.ElapsedS is not > 0) throw Refused(sourcePath, "no elapsed time");
        var sport = SportExtensions.ParseSport(row.ActivityType) ?? Sport.Other;
        var distanceM = Math.Max(0, row.DistanceM ?? 0);
        if (sport.IsRun() && distanceM <= 0) throw Refused(sourcePath, $"a {row.ActivityType} with no distance");
        try
        {
            if (sport.IsRun()) WorldRecords.RequirePlausible(distanceM, row.ElapsedS.Value, "distance and elapsed time");
        }
        catch (ArgumentException e)
        {
            throw Refused(sourcePath, e.Message);
        }
        return new ManualActivityEntry(DateOnly.FromDateTime(start), new Distance(distanceM), new Duration(row.ElapsedS.Value), sport,
            TimeOnly.FromDateTime(start), name: row.Name);
    }

    private static ArgumentException Refused(string sourcePath, string reason) => new($"{sourcePath}: {reason}; not imported");
}
