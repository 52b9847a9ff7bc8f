using System.Text;

namespace HybridCoach.Application.Text;

/// <summary>
/// Unicode normalisation form KC (UAX #15) that never throws: a lone surrogate (invalid UTF-16, which
/// <see cref="string.Normalize(NormalizationForm)"/> refuses with an exception) becomes U+FFFD, the replacement
/// character, first. Used for what people and models write: athlete names and model replies.
/// </summary>
public static class UnicodeFold
{
    public static string Nfkc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valid = Valid(text);
        return valid.IsNormalized(NormalizationForm.FormKC) ? valid : valid.Normalize(NormalizationForm.FormKC);
    }

    private static string Valid(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString());   // EnumerateRunes yields U+FFFD for a lone surrogate
        return builder.ToString();
    }
}
