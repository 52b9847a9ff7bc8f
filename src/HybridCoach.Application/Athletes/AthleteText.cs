using System.Globalization;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Athletes;

/// <summary>Parses typed athlete values; every error names the input and the reason (an <see cref="EntryFormatException"/>).</summary>
public static class AthleteText
{
    private static readonly string[] DayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static int ParseInt(string text, string inputName) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new EntryFormatException(inputName, text ?? "", "expected a whole number");

    public static double ParseNumber(string text, string inputName) =>
        double.TryParse((text ?? "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new EntryFormatException(inputName, text ?? "", "expected a number");

    public static DayOfWeek ParseDay(string text, string inputName)
    {
        var index = Array.IndexOf(DayCodes, (text ?? "").Trim().ToLowerInvariant());
        return index >= 0 ? (DayOfWeek)index : throw new EntryFormatException(inputName, text ?? "", "expected a day: mon, tue, wed, thu, fri, sat or sun");
    }

    /// <summary>"mon,wed,sat"; "none" (or empty) for no days.</summary>
    public static DayOfWeek[] ParseDays(string text, string inputName)
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        if (key is "" or "none") return [];
        var parts = key.Split(',', StringSplitOptions.TrimEntries);
        return [.. parts.Select(p => DayCodes.Contains(p) ? (DayOfWeek)Array.IndexOf(DayCodes, p)
            : throw new EntryFormatException(inputName, text!, $"'{p}' is not a day; use mon, tue, wed, thu, fri, sat or sun, comma-separated"))];
    }

    public static string DayCode(DayOfWeek day) => DayCodes[(int)day];

    public static DistanceUnit ParseUnits(string text, string inputName = "units") => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "km" => DistanceUnit.Kilometers,
        "mi" => DistanceUnit.Miles,
        _ => throw new EntryFormatException(inputName, text ?? "", "expected km or mi"),
    };

    public static Sex ParseSex(string text, string inputName = "sex") => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "f" or "female" => Sex.Female,
        "m" or "male" => Sex.Male,
        _ => throw new EntryFormatException(inputName, text ?? "", "expected female or male"),
    };

    public static BodySide ParseSide(string text, string inputName = "side") =>
        Enum.TryParse<BodySide>((text ?? "").Trim(), ignoreCase: true, out var side) && Enum.IsDefined(side) && !char.IsDigit((text ?? "").Trim().FirstOrDefault())
            ? side
            : throw new EntryFormatException(inputName, text ?? "", "expected left, right, both or central");

    /// <summary>none, above_neck or below_neck; dashes or spaces for the underscore are accepted ("above-neck").</summary>
    public static Illness ParseIllness(string text, string inputName = "illness") => (text ?? "").Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
    {
        "none" => Illness.None,
        "above_neck" => Illness.AboveNeck,
        "below_neck" => Illness.BelowNeck,
        _ => throw new EntryFormatException(inputName, text ?? "", "expected none, above_neck or below_neck"),
    };

    /// <summary>"calf=5, hamstring=3": sites and their soreness, comma-separated (empty for none); a site given twice is named.</summary>
    public static IReadOnlyDictionary<string, int> ParseSiteSorenessList(string? text, string inputName)
    {
        var sites = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (site, soreness) = ParseSiteSoreness(item, inputName);
            if (!sites.TryAdd(site.Trim().ToLowerInvariant(), soreness)) throw new EntryFormatException(inputName, item, "that site is given twice");
        }
        return sites;
    }

    /// <summary>The sites as <see cref="ParseSiteSorenessList"/> reads them ("calf=5, hamstring=3").</summary>
    public static string SiteSorenessText(IReadOnlyDictionary<string, int> sites) =>
        string.Join(", ", (sites ?? throw new ArgumentNullException(nameof(sites))).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}={s.Value}")));

    /// <summary>"calf=5": a body site and its soreness 0–10.</summary>
    public static KeyValuePair<string, int> ParseSiteSoreness(string text, string inputName = "sore_site")
    {
        var parts = (text ?? "").Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var soreness))
            throw new EntryFormatException(inputName, text ?? "", "expected site=soreness, e.g. calf=5");
        return new(parts[0], soreness);
    }
}
