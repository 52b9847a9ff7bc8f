using System.Text.RegularExpressions;

namespace HybridCoach.Testing;

/// <summary>
/// What a narration must not contain to read right: raw ids (<c>unavailable_days</c>, <c>load_reduction.small</c>),
/// a wrong article ("a easy", "an tempo", "a 8 km"), a doubled word ("the the"), a session title capitalised
/// mid-sentence ("the Easy run"), or "waits" beside "applied" (tense). Quoted athlete text is not checked.
/// </summary>
public static partial class NarrationReadability
{
    // "a"/"an" before a word: a vowel letter that sounds like "you" (use, unit, user) or "one" takes "a"; a silent h takes "an".
    private static readonly string[] VowelLettersWithConsonantSound = ["use", "usu", "uni", "eu", "one", "once"];
    private static readonly string[] SilentH = ["hour", "honest", "honour", "honor"];

    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b(a|an) ([A-Za-z0-9][\w.\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\b(?:the|a|an|no) (?:Easy|Long|Recovery|Tempo|Strides|Rest|Hills|Fartlek|Cruise|Strength|Cross)\b")]
    private static partial Regex CapitalisedTitle();

    public static IReadOnlyList<string> Problems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unquoted = Quoted().Replace(text, "\"…\"");
        var problems = new List<string>();
        problems.AddRange(SnakeCase().Matches(unquoted).Select(m => $"raw id '{m.Value}'"));
        foreach (Match m in Article().Matches(unquoted))
            if (WrongArticle(m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value)) problems.Add($"article '{m.Value}'");
        problems.AddRange(Doubled().Matches(unquoted).Where(m => !char.IsDigit(m.Value[0])).Select(m => $"doubled word '{m.Value}'"));
        problems.AddRange(CapitalisedTitle().Matches(unquoted).Select(m => $"title capitalised mid-sentence '{m.Value}'"));
        if (unquoted.Contains("is applied", StringComparison.Ordinal) && unquoted.Contains("waits for", StringComparison.Ordinal))
            problems.Add("tense: 'is applied' and 'waits for' in one text");
        return problems;
    }

    private static bool WrongArticle(string article, string word)
    {
        var lower = word.ToLowerInvariant();
        if (char.IsDigit(lower[0])) return (article == "an") != AnBeforeNumber(lower);
        if (word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c))) return false; // acronyms: "an ACWR", "a VO2" both read
        var vowelSound = "aeiou".Contains(lower[0])
            ? !VowelLettersWithConsonantSound.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            : SilentH.Any(h => lower.StartsWith(h, StringComparison.Ordinal));
        return (article == "an") != vowelSound;
    }

    /// <summary>"an 8 km", "an 11 km", "an 18 km", "an 80 %": numbers read with a vowel sound.</summary>
    private static bool AnBeforeNumber(string number)
    {
        var digits = new string([.. number.TakeWhile(char.IsDigit)]);
        return digits.StartsWith('8') || digits is "11" or "18";
    }
}
