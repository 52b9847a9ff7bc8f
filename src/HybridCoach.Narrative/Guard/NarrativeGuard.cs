using HybridCoach.Domain.Guardrails;
using System.Text.RegularExpressions;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Checks a narration before anyone sees it (issue 7; ARCHITECTURE.md "Decisions and the LLM"): 2–4 sentences and
/// at most <see cref="MaxLength"/> characters; plain text (no markup, no JSON); names no call but the decision's
/// (<see cref="RecommendationPhrases"/>; for a subject, no call id at all); suggests nothing harder than the effort ceiling allows (<see cref="EffortPhrases"/>);
/// every figure and date in it is among the facts given, unit-aware (<see cref="NumberMentions"/>); and it does not talk
/// about rules or instructions (<see cref="InjectionPhrases"/>). The reply is untrusted data (OWASP LLM01/LLM05): only
/// allowed characters (<see cref="ReplyCharacters"/>), read in normalised form (<see cref="UntrustedText"/>), no links
/// (<see cref="LinkPatterns"/>) and no request for credentials (<see cref="CredentialPhrases"/>). Pure and deterministic;
/// no text makes it throw.
/// </summary>
public static partial class NarrativeGuard
{
    public const int MinSentences = 2;
    public const int MaxSentences = 4;

    /// <summary>Four sentences of about 25 words each; longer is a speech, not an explanation.</summary>
    public const int MaxLength = 700;

    // A sentence ends at . ! ? followed by a space or the end — not inside a decimal like 1.62.
    [GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial Regex SentenceEnd();

    public static GuardVerdict Check(string? text, NarrativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (string.IsNullOrWhiteSpace(text)) return new GuardVerdict(false, ["empty text"]);
        // Too long is refused before anything else reads it: the checks below are linear, but a reply of megabytes
        // has no business being scanned, and its verdict must stay one line.
        if (text.Length > MaxLength * 4) return new GuardVerdict(false, [$"{text.Length} characters (at most {MaxLength})"]);
        var reasons = new List<string>();
        // Folded once (NFKC); the allow-list reads the folded reply, and everything after reads it as normalised
        // untrusted text: digits of any script as ASCII, look-alike letters as the Latin ones they imitate, invisible
        // characters gone.
        var folded = Application.Text.UnicodeFold.Nfkc(text);
        reasons.AddRange(ReplyCharacters.Refused(folded));
        var plain = UntrustedText.Normalise(folded).Trim();
        var sentences = CountSentences(plain);
        if (sentences is < MinSentences or > MaxSentences) reasons.Add($"{sentences} sentences (expected {MinSentences}–{MaxSentences})");
        if (plain.Length > MaxLength) reasons.Add($"{plain.Length} characters (at most {MaxLength})");
        if (plain.IndexOfAny(ReplyCharacters.Markup.ToCharArray()) >= 0) reasons.Add("markup or code in the text");
        var normalised = TextScan.Normalise(plain);
        if (facts.Recommendation is { } call)
            reasons.AddRange(RecommendationPhrases.OtherCallsNamed(normalised, call).Select(n => $"names {n.Named.ToId()} ('{n.Phrase}') but the call is {call.ToId()}"));
        else
            reasons.AddRange(RecommendationPhrases.IdsNamed(plain).Select(id => $"names the call {id}, but no daily call is explained here"));
        reasons.AddRange(EffortPhrases.Violations(normalised, facts.Effort));
        reasons.AddRange(InjectionPhrases.Found(normalised).Select(p => $"talks about its instructions ('{p}')"));
        reasons.AddRange(LinkPatterns.Found(plain));
        reasons.AddRange(CredentialPhrases.Found(normalised));
        reasons.AddRange(UnknownFigures(plain, facts));
        return reasons.Count == 0 ? GuardVerdict.Pass : new GuardVerdict(false, reasons);
    }

    public static int CountSentences(string text)
    {
        var count = SentenceEnd().Matches(text).Count;
        var last = text.TrimEnd();
        return last.Length > 0 && !".!?".Contains(last[^1], StringComparison.Ordinal) ? count + 1 : count;
    }

    private static IEnumerable<string> UnknownFigures(string text, NarrativeFacts facts)
    {
        foreach (var date in NumberMentions.Dates(text))
            if (!facts.Dates.Contains(date)) yield return $"date {date:yyyy-MM-dd} is not among the facts";
        var renderings = facts.Renderings().ToList();
        foreach (var figure in NumberMentions.Figures(text))
            if (!renderings.Any(f => figure.Matches(f) || figure.MatchesDisplayed(f)))
                yield return $"figure '{figure.Text}' is not among the facts";
    }
}
