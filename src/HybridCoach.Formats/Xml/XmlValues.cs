using System.Globalization;
using System.Xml;

namespace HybridCoach.Formats.Xml;

/// <summary>Reads the text of simple XML elements as numbers and times, tolerating blanks and junk (NaN/null).</summary>
public static class XmlValues
{
    /// <summary>The element's text as a double (invariant culture); NaN when empty or not a finite number.</summary>
    public static double ReadDouble(XmlReader reader) => ParseDouble(reader.ReadElementContentAsString());

    public static double ParseDouble(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : double.NaN;

    /// <summary>
    /// An xsd:dateTime as UTC. A time without a zone is taken as UTC (GPX and TCX require UTC times).
    /// <paramref name="localOffset"/> is the offset when the text states one other than Z.
    /// </summary>
    public static bool TryParseTime(string? text, out DateTimeOffset utc, out TimeSpan? localOffset)
    {
        localOffset = null;
        utc = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        if (HasExplicitOffset(text)) localOffset = parsed.Offset;
        utc = parsed.ToUniversalTime();
        return true;
    }

    // "…+01:00" or "…-0500" after the time part; a trailing Z (UTC) is not a local offset.
    private static bool HasExplicitOffset(string text)
    {
        var timePart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timePart < 0) return false;
        return text.IndexOfAny(['+', '-'], timePart) > 0;
    }
}
