using System.Text;

namespace HybridCoach.Formats.Tests.Calendar;

/// <summary>
/// An independent, minimal RFC 5545 reader for the tests: unfolds (§3.1: a CRLF followed by one space or tab
/// is removed), splits content lines into name, parameters and value, and unescapes TEXT (§3.3.11).
/// </summary>
public static class IcsTestReader
{
    public sealed record ContentLine(string Name, string Parameters, string Value);

    public static string Unfold(string text) => text.Replace("\r\n ", "").Replace("\r\n\t", "");

    public static IReadOnlyList<ContentLine> Lines(string text)
    {
        var unfolded = Unfold(text);
        if (!unfolded.EndsWith("\r\n", StringComparison.Ordinal)) throw new FormatException("the stream does not end with CRLF");
        return unfolded[..^2].Split("\r\n").Select(Parse).ToList();
    }

    /// <summary>Each VEVENT's properties by name (the first of each name).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, ContentLine>> Events(string text)
    {
        var events = new List<IReadOnlyDictionary<string, ContentLine>>();
        Dictionary<string, ContentLine>? current = null;
        foreach (var line in Lines(text))
        {
            if (line is { Name: "BEGIN", Value: "VEVENT" }) current = [];
            else if (line is { Name: "END", Value: "VEVENT" }) { events.Add(current!); current = null; }
            else current?.TryAdd(line.Name, line);
        }
        return events;
    }

    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length) { text.Append(value[i]); continue; }
            var next = value[++i];
            text.Append(next is 'n' or 'N' ? '\n' : next);
        }
        return text.ToString();
    }

    private static ContentLine Parse(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 0) throw new FormatException($"content line without ':': {line}");
        var head = line[..colon];
        var semicolon = head.IndexOf(';');
        return semicolon < 0
            ? new ContentLine(head, "", line[(colon + 1)..])
            : new ContentLine(head[..semicolon], head[(semicolon + 1)..], line[(colon + 1)..]);
    }
}
