using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

/// <summary>One activity's summary as JSON: snake_case, units in names, ISO 8601 start with its UTC offset.</summary>
public sealed record ActivityJson(
    long Id,
    string StartTime,
    string Sport,
    string? SubSport,
    string? Name,
    double DistanceM,
    double TimerTimeS,
    double ElapsedTimeS,
    double MovingTimeS,
    double? AvgHrBpm,
    double? MaxHrBpm,
    double? AvgCadenceSpm,
    double? AscentM,
    double? DescentM,
    double? AvgSpeedMps,
    double? MaxSpeedMps,
    double? AvgPaceSPerKm,
    int? Rpe,
    string? Device,
    string SourceFile,
    string SourceFormat,
    string ContentSha256)
{
    public static ActivityJson From(Activity activity) => From(activity.Id, activity.Summary, activity.Source);

    public static ActivityJson From(long id, ActivitySummary s, ActivitySource source)
    {
        return new ActivityJson(
            id,
            s.StartTime.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            s.Sport.ToId(),
            s.SubSport,
            s.Name,
            Round(s.Distance.Meters, 2),
            Round(s.TimerTime.Seconds, 3),
            Round(s.ElapsedTime.Seconds, 3),
            Round(s.MovingTime.Seconds, 3),
            s.AverageHeartRate?.BeatsPerMinute,
            s.MaxHeartRate?.BeatsPerMinute,
            Round(s.AverageCadenceSpm, 1),
            Round(s.AscentM, 1),
            Round(s.DescentM, 1),
            Round(s.AverageSpeed?.MetersPerSecond, 3),
            Round(s.MaxSpeed?.MetersPerSecond, 3),
            Round(s.AverageSpeed?.ToPace()?.SecondsPerKilometer, 1),
            s.Rpe,
            s.Device,
            source.FileName,
            source.Format,
            source.ContentSha256);
    }

    private static double Round(double value, int digits) => Math.Round(value, digits);

    private static double? Round(double? value, int digits) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, digits) : null;
}
