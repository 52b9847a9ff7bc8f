using System.Text.RegularExpressions;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Links and addresses in a reply: a narration explains a training call and points nowhere, so any link is refused
/// (OWASP LLM05: model output rendered as a link is a way out for injected instructions and for data). Found on the
/// normalised text: URLs with a scheme ("https://", "mailto:"), "www.", bare domain names under common top-level
/// domains, e-mail addresses, IP addresses and markdown links.
/// </summary>
public static partial class LinkPatterns
{
    [GeneratedRegex(@"\b[a-z][a-z0-9+.\-]{1,15}:(//|[^\s]*@)|\bwww\.|\b[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|org|net|io|co|me|ly|app|dev|ai|info|biz|xyz|gg|to|uk|de|fr|ru|cn|link|site|online|club|top|shop|tk|gl|bit|cc|us|eu)\b|[a-z0-9._%+\-]+@[a-z0-9\-]+\.[a-z0-9.\-]+|\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b|\]\s*\(",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>The first link found, as a reason; empty when there is none.</summary>
    public static IEnumerable<string> Found(string normalisedText)
    {
        var match = Link().Match(normalisedText);
        if (match.Success) yield return "a link or address in the text (links are refused)";
    }
}
