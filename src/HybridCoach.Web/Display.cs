using System.Globalization;
using HybridCoach.Domain.Units;

namespace HybridCoach.Web;

/// <summary>How figures read on a page; durations and paces are the domain's own text (h:mm:ss, m:ss/km).</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Km(Distance distance) => (distance.Meters / 1000).ToString("0.00", Invariant) + " km";

    public static string Pace(Speed? speed) => speed?.ToPace()?.ToString() ?? "–";

    /// <summary>A distance in the athlete's unit: "10.00 km" or "6.21 mi".</summary>
    public static string Distance(Distance distance, DistanceUnit unit) => unit == DistanceUnit.Miles
        ? distance.Miles.ToString("0.00", Invariant) + " mi"
        : Km(distance);

    /// <summary>A pace in the athlete's unit: "5:00/km" or "8:03/mi".</summary>
    public static string Pace(Speed? speed, DistanceUnit unit) => speed?.ToPace()?.ToString(unit) ?? "–";

    public static string Bpm(HeartRate? heartRate) => heartRate is { } h ? h.BeatsPerMinute.ToString("0", Invariant) : "–";

    /// <summary>A recorded figure as a person reads it: at most three decimals, "–" when there is none.</summary>
    public static string Number(double? value) => value?.ToString("0.###", Invariant) ?? "–";

    /// <summary>A share in whole percent, "–" when there is none.</summary>
    public static string Percent(double? percent) => percent is { } p ? p.ToString("0", Invariant) + " %" : "–";

    public static string When(DateTimeOffset start) => start.ToString("ddd yyyy-MM-dd HH:mm", Invariant);
}
