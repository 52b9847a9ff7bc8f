using System.Globalization;

namespace HybridCoach.Narrative.Template;

/// <summary>How the template writes figures: invariant culture, units spelled the way the guard reads them.</summary>
public static class Figures
{
    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Km(double metres) => (metres / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " km";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Seconds per km as m:ss/km.</summary>
    public static string Pace(double secondsPerKm)
    {
        var total = (int)Math.Round(secondsPerKm);
        return string.Create(CultureInfo.InvariantCulture, $"{total / 60}:{total % 60:00}/km");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => date.DayOfWeek.ToString();

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
