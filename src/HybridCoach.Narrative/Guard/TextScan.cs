using System.Text;

namespace HybridCoach.Narrative.Guard;

/// <summary>Whole-word phrase search on normalised text, and the negation test used by the effort rules.</summary>
public static class TextScan
{
    private static readonly string[] Negations =
        ["no", "not", "never", "skip", "skipping", "avoid", "avoiding", "without", "instead", "rather", "hold", "off", "don't", "dont",
         "nothing", "zero", "save", "leave", "drop", "pause", "none", "forget", "resist", "nor", "neither", "cannot", "can't", "shouldn't", "won't"];

    /// <summary>
/// Words that place a mention in the past or take it away ("last Sunday's long run", "your recent intervals", "the
/// tempo you missed", "the tempo was replaced"): a memory or a removal, not a suggestion.
/// </summary>
    private static readonly string[] PastMarkers = ["last", "recent", "recently", "yesterday", "yesterday's", "previous", "past", "earlier", "ago", "did", "ran", "completed", "logged",
         "missed", "was", "were", "had", "originally", "removed", "replaced", "dropped"];

    /// <summary>Words that, just after a mention, say it is being taken away ("the tempo becomes an easy run", "the intervals are swapped").</summary>
    private static readonly string[] RemovalAfter = ["becomes", "become", "swapped", "softened", "shortened", "cancelled", "canceled"];

    /// <summary>Lower case; '_' and '-' become spaces; runs of other punctuation (but the apostrophe) become one space.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':';
            var ch = keep ? c : ' ';
            if (ch == ' ' && builder[^1] == ' ') continue;
            builder.Append(ch == '’' ? '\'' : ch);
        }
        return builder.Append(' ').ToString();
    }

    public static bool ContainsPhrase(string normalised, string phrase) => Occurrences(normalised, phrase).Any();

    /// <summary>Start indexes of <paramref name="phrase"/> as whole words (a trailing 's' allowed for plurals).</summary>
    public static IEnumerable<int> Occurrences(string normalised, string phrase)
    {
        for (var at = normalised.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = normalised.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(normalised[at - 1]);
            var end = at + phrase.Length;
            if (end < normalised.Length && normalised[end] == 's') end++;
            var after = end >= normalised.Length || !char.IsLetterOrDigit(normalised[end]);
            if (before && after) yield return at;
        }
    }

    /// <summary>
    /// True when the mention at <paramref name="index"/> is negated or in the past: a negation or past marker (unless a negator cancels a negating verb) among
    /// the up to six words before it in the same clause ("no intervals", "skip the tempo", "instead of running"),
    /// or a past or removal marker among the three words after it ("the run yesterday", "the tempo becomes an easy run").
    /// </summary>
    public static bool NegatedOrPast(string normalised, int index, int length)
    {
        var clauseStart = ClauseStart(normalised, index);
        var words = normalised[clauseStart..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A negator with a negating verb close after it cancel out ("no reason to skip the intervals", "don't skip the
        // tempo", "no need to hold off on the reps"): the mention is a suggestion again, whatever else the clause holds.
        // Read that way on purpose — a reply that is merely ambiguous falls back to the template, the safe side.
        if (NegationCancelled(words.TakeLast(CancelWindow).ToList())) return false;
        var before = words.TakeLast(6).ToList();
        if (before.Any(w => Negations.Contains(w) || PastMarkers.Contains(w))) return true;
        var end = Math.Min(normalised.Length, index + length);
        var clauseEnd = ClauseEnd(normalised, end);
        var after = normalised[end..(clauseEnd < 0 ? normalised.Length : clauseEnd)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3);
        return after.Any(w => PastMarkers.Contains(w) || RemovalAfter.Contains(w));
    }

    /// <summary>Words that negate by themselves ("no", "don't") — a negating verb just after one is cancelled by it.</summary>
    private static readonly string[] Negators = ["no", "not", "never", "don't", "dont", "cannot", "can't", "shouldn't", "won't", "nothing", "none", "neither", "nor", "zero"];

    /// <summary>Verbs that negate what follows ("skip the tempo", "hold off on the intervals").</summary>
    private static readonly string[] NegatingVerbs = ["skip", "skipping", "avoid", "avoiding", "hold", "drop", "pause", "save", "leave", "forget", "resist", "miss", "missing", "cancel", "postpone"];

    /// <summary>How far a negator reaches to cancel a negating verb ("no reason to skip": 3 words).</summary>
    private const int NegationReach = 3;

    /// <summary>How many words before a mention are searched for a cancelling pair: the negator may stand further back than a single negation's six words.</summary>
    private const int CancelWindow = 10;

    private static bool NegationCancelled(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Negators.Contains(words[i])) continue;
            for (var j = i + 1; j < words.Count && j - i <= NegationReach; j++)
                if (NegatingVerbs.Contains(words[j])) return true;
        }
        return false;
    }

    private static readonly char[] ClausePunctuation = ['.', ',', ';', ':', '!', '?'];

    /// <summary>A clause ends at punctuation followed by a space — not inside a figure such as 10.4 or 5:31.</summary>
    private static bool EndsClause(string text, int at) => ClausePunctuation.Contains(text[at]) && (at + 1 >= text.Length || text[at + 1] == ' ');

    private static int ClauseStart(string text, int index)
    {
        for (var at = index - 1; at >= 0; at--) if (EndsClause(text, at)) return at + 1;
        return 0;
    }

    private static int ClauseEnd(string text, int from)
    {
        for (var at = from; at < text.Length; at++) if (EndsClause(text, at)) return at;
        return -1;
    }
}
