using System.Globalization;
using System.Text.RegularExpressions;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Finds every figure in a text with its unit: dates (yyyy-mm-dd), clock figures ("5:12/km" a pace, "1:05:30" a
/// duration) and numbers with an optional unit (km, m, mi, min, h, s, bpm, %, "/10" scores, "×"). Written-out
/// number words are not figures.
/// </summary>
public static partial class NumberMentions
{
    private const double MetresPerMile = 1609.344;

    [GeneratedRegex(@"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![0-9.])([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(\s*(?:min\s*)?(?:/|per\s+)(?:km|kilomet(?:re|er)))?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"(?<![\w.])[-−+]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?(?:\s*(km|kilomet(?:re|er)s?|k(?![a-z])|mi(?:les?)?(?![a-z])|m(?![a-z])|met(?:re|er)s?|min(?:ute)?s?|h(?:ours?|rs?)?(?![a-z])|s(?:ec(?:ond)?s?)?(?![a-z])|bpm|beats|%|percent|per\s*cent|/\s*10\b|/\s*5\b|×|x(?![a-z])))?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    public static IReadOnlyList<DateOnly> Dates(string text) =>
        [.. DatePattern().Matches(text).Select(m => DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).OfType<DateOnly>()];

    /// <summary>Every figure except the dates (see <see cref="Dates"/>).</summary>
    public static IReadOnlyList<NumberMention> Figures(string text)
    {
        var rest = DatePattern().Replace(text, " ");
        var found = new List<NumberMention>();
        rest = ClockPattern().Replace(rest, m => { found.Add(Clock(m)); return " "; });
        foreach (Match m in NumberPattern().Matches(rest)) found.Add(Number(m));
        return found;
    }

    private static NumberMention Clock(Match m)
    {
        int a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (m.Groups[4].Success) return new NumberMention(a * 60 + b, FactUnit.SecondsPerKm, 0.5, m.Value, true);
        var seconds = m.Groups[3].Success ? a * 3600 + b * 60 + int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : a * 60 + b;
        return new NumberMention(seconds, FactUnit.Seconds, 0.5, m.Value, true);
    }

    private static NumberMention Number(Match m)
    {
        var whole = m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal);
        var decimals = m.Groups[2].Success ? m.Groups[2].Value : "";
        var value = double.Parse(decimals.Length == 0 ? whole : whole + "." + decimals, CultureInfo.InvariantCulture);
        var tolerance = 0.5 * Math.Pow(10, -decimals.Length);
        var unit = m.Groups[3].Success ? m.Groups[3].Value.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) : "";
        var (kind, factor) = Unit(unit);
        return new NumberMention(value * factor, kind, tolerance * factor, m.Value.Trim(), kind != FactUnit.Plain);
    }

    private static (FactUnit Kind, double Factor) Unit(string unit) => unit switch
    {
        "" or "×" or "x" or "/10" or "/5" => (FactUnit.Plain, 1),
        "km" or "k" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => (FactUnit.Metres, 1000),
        "m" or "metre" or "metres" or "meter" or "meters" => (FactUnit.Metres, 1),
        "mi" or "mile" or "miles" => (FactUnit.Metres, MetresPerMile),
        "min" or "mins" or "minute" or "minutes" => (FactUnit.Seconds, 60),
        "h" or "hr" or "hrs" or "hour" or "hours" => (FactUnit.Seconds, 3600),
        "s" or "sec" or "secs" or "second" or "seconds" => (FactUnit.Seconds, 1),
        "bpm" or "beats" => (FactUnit.Bpm, 1),
        "%" or "percent" => (FactUnit.Percent, 1),
        _ when unit.StartsWith("per", StringComparison.Ordinal) => (FactUnit.Percent, 1),
        _ => (FactUnit.Plain, 1),
    };
}
