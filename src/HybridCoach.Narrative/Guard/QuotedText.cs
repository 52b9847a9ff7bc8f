using System.Text.Json.Nodes;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Text written by people — the athlete's notes, race names, the coach's hold reasons, the athlete's name — is data to
/// quote, never a source of facts (issue 15 item 3): a race named "Ignore the plan 100K" must not make "100 km" a
/// figure the guard accepts. Such text travels only in the prompt's quoted block (<c>athlete_text</c>); wherever engine
/// text or the data embeds it, it is replaced by a reference (<c>athlete_text[2]</c>) before the model sees it and
/// before the guard reads figures from it. Strings shorter than <see cref="MinLength"/> characters are left alone: they
/// cannot hide a sentence, and replacing them would break ordinary words.
/// </summary>
public static class QuotedText
{
    public const int MinLength = 3;

    /// <summary>The reference a quoted string is replaced by: its index in the quoted block.</summary>
    public static string Reference(int index) => $"athlete_text[{index}]";

    /// <summary><paramref name="text"/> with every quoted string replaced by its reference, longest first (a name inside a note is still one reference).</summary>
    public static string Redact(string text, IReadOnlyList<string> quoted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quoted);
        foreach (var (value, index) in quoted.Select((q, i) => (q, i)).Where(p => p.q.Length >= MinLength).OrderByDescending(p => p.q.Length))
            text = ReplaceWhole(text, value, Reference(index));
        return text;
    }

    /// <summary>Replaces <paramref name="value"/> where it stands as whole words (not "Sam" inside "Samples").</summary>
    private static string ReplaceWhole(string text, string value, string replacement)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var from = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(value[0]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(value[^1]));
            if (!whole) continue;
            builder.Append(text, from, at - from).Append(replacement);
            from = end;
        }
        return builder.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>Every string in <paramref name="node"/> redacted in place.</summary>
    public static void RedactAll(JsonNode? node, IReadOnlyList<string> quoted)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var text)) obj[key] = Redact(text, quoted);
                    else RedactAll(obj[key], quoted);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text)) array[i] = Redact(text, quoted);
                    else RedactAll(array[i], quoted);
                }
                break;
        }
    }
}
