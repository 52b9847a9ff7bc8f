using System.Globalization;
using System.Text.RegularExpressions;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Manual;

/// <summary>Parses a typed duration: "50:00" (m:ss), "1:02:03" (h:mm:ss), "45m", "3000s", "1h30m".</summary>
public static partial class DurationText
{
    private const string Expected = "expected m:ss, h:mm:ss or a number with h, m or s (e.g. 50:00, 1:02:03, 45m)";
    private const double MaxS = 7 * 24 * 3600;

    public static Duration Parse(string text, string inputName = "duration")
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        double? seconds = key.Contains(':', StringComparison.Ordinal) ? ClockSeconds(key, inputName, text!) : UnitSeconds(key);
        if (seconds is not { } s) throw new EntryFormatException(inputName, text ?? "", Expected);
        if (s <= 0) throw new EntryFormatException(inputName, text!, "must be more than 0");
        if (s > MaxS) throw new EntryFormatException(inputName, text!, "longer than 7 days; check the format");
        return new Duration(s);
    }

    private static double? ClockSeconds(string key, string inputName, string text)
    {
        var match = Clock().Match(key);
        if (!match.Success) return null;
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (seconds >= 60) throw new EntryFormatException(inputName, text, "seconds must be below 60");
        if (match.Groups["h"].Success && minutes >= 60) throw new EntryFormatException(inputName, text, "minutes must be below 60");
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static double? UnitSeconds(string key)
    {
        var match = Units().Match(key);
        if (!match.Success || key.Length == 0) return null;
        return Part(match, "h") * 3600 + Part(match, "m") * 60 + Part(match, "s");
    }

    private static double Part(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:(?<h>\d+):)?(?<m>\d{1,3}):(?<s>\d{2}(?:\.\d+)?)$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)\s*h)?\s*(?:(?<m>\d+(?:\.\d+)?)\s*(?:min|m))?\s*(?:(?<s>\d+(?:\.\d+)?)\s*s)?$")]
    private static partial Regex Units();
}
