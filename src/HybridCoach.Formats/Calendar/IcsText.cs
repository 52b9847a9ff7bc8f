using System.Text;

namespace HybridCoach.Formats.Calendar;

/// <summary>
/// The two text rules of RFC 5545 a writer must follow: TEXT value escaping (§3.3.11: backslash, semicolon
/// and comma are escaped with a backslash, a line break is written as "\n") and content-line folding (§3.1:
/// lines longer than 75 octets are split by inserting CRLF followed by one space; a fold must not split a
/// multi-octet UTF-8 character).
/// </summary>
public static class IcsText
{
    /// <summary>RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."</summary>
    public const int MaxLineOctets = 75;

    public const string LineBreak = "\r\n";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break; // CRLF: the LF writes it
                case '\r' or '\n': escaped.Append(@"\n"); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// One content line folded into physical lines of at most 75 UTF-8 octets each, joined by CRLF + space
    /// (the leading space of a continuation counts toward its 75). Characters are never split: the fold goes
    /// before any character (a surrogate pair counts as one) that would not fit whole.
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Contains('\r') || line.Contains('\n'))
            throw new ArgumentException("an iCalendar content line cannot contain a raw line break; escape the text first", nameof(line));
        var folded = new StringBuilder(line.Length + line.Length / 70 * 3);
        var octetsOnLine = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var octets = rune.Utf8SequenceLength;
            if (octetsOnLine + octets > MaxLineOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octetsOnLine = 1;
            }
            folded.Append(rune.ToString());
            octetsOnLine += octets;
        }
        return folded.ToString();
    }
}
