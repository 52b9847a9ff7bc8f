using System.Globalization;

namespace HybridCoach.Domain.Athletes;

/// <summary>
/// Validation for athlete data. Every failure is an <see cref="InvalidFieldException"/> whose message starts
/// with the field name (snake_case, units in the name) and says why: "max_hr_bpm 300: expected 100 to 240".
/// </summary>
public static class AthleteGuard
{
    public static int Range(int value, int min, int max, string field) =>
        value >= min && value <= max ? value : throw Fail(field, value, $"expected {min} to {max}");

    public static int? Range(int? value, int min, int max, string field) =>
        value is { } v ? Range(v, min, max, field) : null;

    public static double? Range(double? value, double min, double max, string field) =>
        value is not { } v ? null
        : double.IsFinite(v) && v >= min && v <= max ? v
        : throw Fail(field, v, $"expected {Text(min)} to {Text(max)}");

    /// <summary>A site name such as "calf" or "left_knee": trimmed, lower case, 1 to 40 characters.</summary>
    public static string Site(string? site, string field)
    {
        var key = (site ?? "").Trim().ToLowerInvariant();
        if (key.Length is 0 or > 40) throw new InvalidFieldException(field, $"{field} '{site}': expected a body site name of 1 to 40 characters");
        return key;
    }

    public static string? Text(string? text, int maxLength, string field)
    {
        if (text is null) return null;
        if (text.Length > maxLength) throw new InvalidFieldException(field, $"{field}: longer than {maxLength} characters");
        return text;
    }

    public static ArgumentException Fail(string field, object value, string reason) =>
        new InvalidFieldException(field, $"{field} {Convert.ToString(value, CultureInfo.InvariantCulture)}: {reason}");

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
