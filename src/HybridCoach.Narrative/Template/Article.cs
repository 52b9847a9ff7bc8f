namespace HybridCoach.Narrative.Template;

/// <summary>The indefinite article for a noun phrase by its first sound, as English spells it for the words the
/// templates use: "an" before a vowel letter ("an adaptation blocked alert", "an athlete request"), "a" otherwise.</summary>
public static class Article
{
    public static string For(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var first = phrase.TrimStart().FirstOrDefault();
        return "aeiouAEIOU".Contains(first, StringComparison.Ordinal) && first != default ? "an" : "a";
    }

    /// <summary>The phrase with its article: "an adaptation blocked".</summary>
    public static string With(string phrase) => $"{For(phrase)} {phrase}";
}
