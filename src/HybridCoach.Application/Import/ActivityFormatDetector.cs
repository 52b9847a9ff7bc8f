using System.Text;
using HybridCoach.Formats;

namespace HybridCoach.Application.Import;

/// <summary>
/// Tells FIT, GPX and TCX apart by content, so a misnamed file still imports. FIT: the file header's
/// first byte is its size (12 or 14) and bytes 8–11 are ".FIT" (FIT protocol, "File Header").
/// GPX/TCX: the XML root element is gpx (GPX 1.1 schema) or TrainingCenterDatabase (TCX v2 schema),
/// after an optional byte-order mark, whitespace, XML declaration, comments and doctype.
/// </summary>
public static class ActivityFormatDetector
{
    /// <summary>
    /// How far to look for the root element: 4 KB first, then further while the start is still prologue (a long
    /// leading comment once made a GPX "not a FIT, GPX or TCX file"), never past 1 MiB.
    /// </summary>
    private static readonly int[] SniffBytes = [4096, 65_536, 1 << 20];

    public static ActivityFileFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 12 && content[0] is 12 or 14 && content.Slice(8, 4).SequenceEqual(".FIT"u8))
            return ActivityFileFormat.Fit;
        return RootElement(content) switch
        {
            "gpx" => ActivityFileFormat.Gpx,
            "TrainingCenterDatabase" => ActivityFileFormat.Tcx,
            _ => null,
        };
    }

    /// <summary>The local name of the first element, or null when the start is not XML.</summary>
    public static string? RootElement(ReadOnlySpan<byte> content)
    {
        foreach (var limit in SniffBytes)
        {
            var (name, ranOut) = RootElement(Decode(content[..Math.Min(content.Length, limit)]));
            if (name is not null || !ranOut || content.Length <= limit) return name;
        }
        return null;
    }

    /// <summary>The root element's local name in <paramref name="text"/>, or whether the text ended still in the prologue.</summary>
    private static (string? Name, bool RanOut) RootElement(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (text[i] != '<') return (null, false);
            if (Skip(text, ref i, "<?", "?>") || Skip(text, ref i, "<!--", "-->") || SkipDoctype(text, ref i)) continue;
            var start = i + 1;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/')) end++;
            if (end >= text.Length) return (null, true);
            var name = text[start..end];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            return (colon >= 0 ? name[(colon + 1)..] : name, false);
        }
        return (null, true);
    }

    private static bool Skip(string text, ref int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0) return false;
        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        i = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    // A doctype may carry an internal subset in brackets whose declarations contain '>' themselves.
    private static bool SkipDoctype(string text, ref int i)
    {
        if (string.CompareOrdinal(text, i, "<!", 0, 2) != 0) return false;
        var close = text.IndexOf('>', i);
        var subset = text.IndexOf('[', i);
        if (subset >= 0 && (close < 0 || subset < close)) return Skip(text, ref i, "<!", "]") && Skip(text, ref i, "", ">");
        return Skip(text, ref i, "<!", ">");
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return Encoding.UTF8.GetString(head);
    }
}
