using System.Text.RegularExpressions;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Finds phrases in free text the athlete wrote, ignoring case and skipping negated mentions: a match is negated
/// when one of <see cref="NegationWords"/> stands within <see cref="NegationWindowWords"/> words before it in the
/// same clause ("no chest pain", "I haven't fainted", "without any bone pain"). Clauses end at . ! ? ; , and at
/// "but"/"although"/"though", so "no chest pain but I fainted" still finds the fainting. Product rule: a
/// deliberately simple reading (the NegEx idea of a negation cue shortly before the term, Chapman et al. 2001,
/// J Biomed Inform 34:301–310), tuned to over-report rather than miss.
/// </summary>
public static partial class PhraseMatcher
{
    public const int NegationWindowWords = 4;

    public static IReadOnlyList<string> NegationWords { get; } =
        ["no", "not", "never", "without", "nor", "denies", "don't", "dont", "didn't", "didnt", "haven't", "havent", "hasn't",
         "hasnt", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "none", "zero"];

    /// <summary>Every non-negated match of <paramref name="pattern"/> in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<string> Find(string? text, Regex pattern) => [.. FindAt(text, pattern).Select(m => m.Phrase)];

    /// <summary>Every non-negated match with where it starts in the text (lower-cased phrase), in text order.</summary>
    public static IReadOnlyList<(int Index, string Phrase)> FindAt(string? text, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (string.IsNullOrWhiteSpace(text)) return [];
        var normal = text.Replace('’', '\'');
        var found = new List<(int, string)>();
        foreach (Match match in pattern.Matches(normal))
        {
            if (!Negated(normal, match.Index)) found.Add((match.Index, match.Value.ToLowerInvariant()));
        }
        return found;
    }

    /// <summary>The clause of <paramref name="text"/> around <paramref name="index"/>, cut where <see cref="Negated"/> cuts clauses.</summary>
    public static string ClauseAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var breaks = ClauseBreak().Matches(text).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        var start = breaks.Where(b => b.End <= index).Select(b => b.End).DefaultIfEmpty(0).Max();
        var end = breaks.Where(b => b.Start > index).Select(b => b.Start).DefaultIfEmpty(text.Length).Min();
        return text[start..end];
    }

    public static bool Contains(string? text, Regex pattern) => Find(text, pattern).Count > 0;

    private static bool Negated(string text, int index)
    {
        var before = text[..index];
        var clauseStart = ClauseBreak().Matches(before).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Max();
        var words = Word().Matches(before[clauseStart..]).Select(m => m.Value.ToLowerInvariant()).ToArray();
        return words.TakeLast(NegationWindowWords).Any(w => NegationWords.Contains(w));
    }

    [GeneratedRegex(@"[.!?;,\n]|\b(but|although|though|however)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
