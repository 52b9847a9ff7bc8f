using System.Globalization;
using System.Text;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// The characters a narration may hold — an allow-list, not a blocklist (OWASP LLM05): after normalisation form KC,
/// Latin letters (with accents), digits of any script, spaces and line breaks, and the punctuation plain English
/// sentences use. Everything else is refused and named by its code point (never echoed: it may be an escape
/// sequence): control characters (terminal escape sequences such as ESC [2J or OSC 8 links), invisible format
/// characters (zero-width space, joiners, direction overrides), letters of other scripts (look-alikes such as
/// Cyrillic і), symbols and emoji. Markup characters have their own reason in <see cref="NarrativeGuard"/>.
/// </summary>
public static class ReplyCharacters
{
    /// <summary>Punctuation and symbols of plain sentences and figures: "5:31/km", "62 %", "5 × 400 m", "it’s", "easy — then", "≥ 2", "18 km → 15 km".</summary>
    private const string Punctuation = ".,;:!?'\"()-/%+×–—‘’“”…·°&=_→≥≤±≈";

    /// <summary>The markup and code characters, refused with their own reason.</summary>
    public const string Markup = "{}`<>#*[]|\\~^";

    /// <summary>How many refused characters a verdict names (one is enough to refuse; a few show the pattern).</summary>
    private const int MaxNamed = 3;

    /// <summary>The refused characters of <paramref name="folded"/>, a reply already in NFKC (<see cref="Application.Text.UnicodeFold.Nfkc"/>).</summary>
    public static IEnumerable<string> Refused(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return folded.EnumerateRunes().Where(r => !Allowed(r)).Distinct().Take(MaxNamed).Select(Describe);
    }

    private static bool Allowed(Rune rune)
    {
        if (rune.Value is ' ' or '\n' or '\r' or '\t') return true;
        if (rune.IsBmp && (Punctuation.Contains((char)rune.Value, StringComparison.Ordinal) || Markup.Contains((char)rune.Value, StringComparison.Ordinal))) return true;
        var category = Rune.GetUnicodeCategory(rune);
        if (category == UnicodeCategory.DecimalDigitNumber) return true;
        return Rune.IsLetter(rune) && IsLatin(rune);
    }

    /// <summary>
    /// The Latin blocks: Basic Latin, Latin-1 Supplement, Latin Extended-A and -B (U+0000–U+024F) and Latin Extended
    /// Additional (U+1E00–U+1EFF) — enough for "José" or "Zoë", while no other script's letter passes.
    /// </summary>
    private static bool IsLatin(Rune rune) => rune.Value <= 0x024F || rune.Value is >= 0x1E00 and <= 0x1EFF;

    private static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => $"control character {code} in the text (escape sequences are refused)",
            UnicodeCategory.Format => $"invisible character {code} in the text (zero-width and direction characters are refused)",
            _ when Rune.IsLetter(rune) => $"letter {code} is not a Latin letter (look-alike letters of other scripts are refused)",
            _ => $"character {code} is not used in plain sentences",
        };
    }
}
