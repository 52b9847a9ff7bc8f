using System.Text.RegularExpressions;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Pain (not soreness) in the athlete's own words — "sharp pain in right achilles", "limping", "my knee hurts",
/// "can't put weight on it" — with the body site and side named in the same clause when there is one. Negated
/// mentions ("no pain", "pain-free" is not matched at all) are skipped by <see cref="PhraseMatcher"/>. Soreness words
/// (sore, tight, stiff, achy) are not pain: they belong to the soreness scales. Product rule, built to over-report:
/// pain is the signal to stop loading a site until someone has looked (see the pain_flag guardrail).
/// </summary>
public static partial class PainPhrases
{
    public static IReadOnlyList<string> Sites { get; } =
    [
        "achilles", "calf", "shin", "knee", "hip", "foot", "heel", "ankle", "hamstring", "quad", "groin", "glute", "back", "it_band", "plantar",
        "arch", "toe", "thigh", "shoulder", "neck", "lower_back",
    ];

    /// <summary>
    /// Every pain mention found, in text order, with the site named in its clause ("right_achilles", "knee"). A mention
    /// with no site of its own is kept only when no mention in the text names one ("sharp pain in right achilles,
    /// limping" is one report, at the right achilles).
    /// </summary>
    public static IReadOnlyList<PainMention> Find(string? text)
    {
        var found = PhraseMatcher.FindAt(text, PainPattern())
            .Select(m => new PainMention(m.Phrase, SiteIn(PhraseMatcher.ClauseAt(text!.Replace('’', '\''), m.Index).ToLowerInvariant()))).ToList();
        return found.Any(m => m.Site is not null) ? [.. found.Where(m => m.Site is not null)] : found;
    }

    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal) { ["calves"] = "calf", ["feet"] = "foot" };

    private static string? SiteIn(string clause)
    {
        var site = SitePattern().Match(clause);
        if (!site.Success) return null;
        var name = site.Groups["site"].Value.Replace("it band", "it_band").Replace("lower back", "lower_back").Replace(' ', '_');
        name = Singular.TryGetValue(name, out var one) ? one : name.EndsWith('s') && Sites.Contains(name[..^1]) ? name[..^1] : name;
        return site.Groups["side"].Success ? $"{site.Groups["side"].Value}_{name}" : name;
    }

    [GeneratedRegex(@"\b((sharp|stabbing|shooting|bad|severe)\s+)?(pains?(?!-?free|less)|painful|hurts?|hurting|hurt|limp(s|ing|ed)?|can'?t\s+(put|bear)\s+weight|twinge)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PainPattern();

    [GeneratedRegex(@"(?:(?<side>left|right)\s+)?(?<site>achilles|calf|calves|shins?|knees?|hips?|foot|feet|heels?|ankles?|hamstrings?|quads?|groin|glutes?|lower\s+back|back|it\s+band|plantar|arch|toes?|thighs?|shoulders?|neck)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SitePattern();
}
