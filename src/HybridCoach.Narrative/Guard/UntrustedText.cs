using System.Globalization;
using System.Text;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// A model's reply as the guard reads it (OWASP Top 10 for LLM Applications 2025, LLM05 "Improper Output Handling":
/// model output is untrusted input), after the caller has folded it once with Unicode normalisation form KC (UAX #15,
/// <see cref="Application.Text.UnicodeFold"/>: full-width letters and digits, ligatures, no-break and thin spaces
/// become their plain forms). Here decimal digits of any script
/// ("٤٠", "४०") become ASCII digits, so every figure is parsed and checked; look-alike letters of other scripts
/// become the Latin letters they imitate (<see cref="Confusables"/>); invisible format characters (zero-width space and
/// joiners, direction overrides) are removed and control characters become spaces. The result is only what the
/// checks scan: a reply with any of those characters is refused anyway (<see cref="ReplyCharacters"/>).
/// </summary>
public static class UntrustedText
{
    /// <summary>The scanning form of <paramref name="folded"/>, a reply already in NFKC (<see cref="Application.Text.UnicodeFold.Nfkc"/>).</summary>
    public static string Normalise(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var builder = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format) continue;
            if (category == UnicodeCategory.Control) builder.Append(' ');
            else if (category == UnicodeCategory.DecimalDigitNumber) builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            else if (rune.IsBmp && Confusables.Latin((char)rune.Value) is { } latin) builder.Append(latin);
            else builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}
