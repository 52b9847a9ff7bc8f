using System.Globalization;
using HybridCoach.Domain.Units;

namespace HybridCoach.Web;

/// <summary>How figures read on a page: h:mm:ss durations, m:ss/km paces, kilometres to two places.</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Clock(Duration duration)
    {
        var t = TimeSpan.FromSeconds(Math.Round(duration.Seconds));
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }

    public static string Km(Distance distance) => (distance.Meters / 1000).ToString("0.00", Invariant) + " km";

    public static string Pace(Speed? speed) => speed is { MetersPerSecond: > 0.5 } s ? Clock(new Duration(1000 / s.MetersPerSecond)) + "/km" : "–";

    public static string Bpm(HeartRate? heartRate) => heartRate is { } h ? h.BeatsPerMinute.ToString("0", Invariant) : "–";

    public static string When(DateTimeOffset start) => start.ToString("ddd yyyy-MM-dd HH:mm", Invariant);
}
