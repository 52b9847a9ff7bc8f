using System.Globalization;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Cli.Output;

/// <summary>Human formatting of quantities for tables.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Km(Distance distance) => distance.Kilometers.ToString("0.00", Invariant) + " km";

    public static string Time(Duration duration) => duration.ToString();

    public static string Pace(Speed? speed) => speed?.ToPace()?.ToString() ?? "-";

    /// <summary>Pace for runs and walks, km/h for everything faster on wheels or water.</summary>
    public static string PaceOrSpeed(Speed? speed, Sport sport) => sport is Sport.Cycling or Sport.Rowing or Sport.Swimming or Sport.Multisport
        ? speed is { } s ? s.KilometersPerHour.ToString("0.0", Invariant) + " km/h" : "-"
        : Pace(speed);

    public static string Bpm(HeartRate? heartRate) => heartRate is { } hr ? hr.BeatsPerMinute.ToString("0", Invariant) : "-";

    public static string Number(double? value, string format = "0") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, Invariant) : "-";

    public static string Start(DateTimeOffset start) => start.ToString("yyyy-MM-dd HH:mm zzz", Invariant);
}
