namespace HybridCoach.Application.CsvLog;

/// <summary>The header of a training-log CSV (documented in docs/csv-log.md). Names are matched ignoring case.</summary>
public static class CsvLogColumns
{
    public const string Date = "date";
    public const string StartTime = "start_time";
    public const string Sport = "sport";
    public const string DistanceKm = "distance_km";
    public const string Distance = "distance";
    public const string Duration = "duration";
    public const string AvgHr = "avg_hr";
    public const string Rpe = "rpe";
    public const string Name = "name";
    public const string Notes = "notes";

    public static IReadOnlyList<string> All { get; } = [Date, StartTime, Sport, DistanceKm, Distance, Duration, AvgHr, Rpe, Name, Notes];
}
