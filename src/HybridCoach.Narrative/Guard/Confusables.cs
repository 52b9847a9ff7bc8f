namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Letters of the Cyrillic, Greek and Armenian scripts that look like Latin letters, with the Latin letter each
/// imitates — the single-letter prototypes for these scripts in Unicode Technical Standard #39's confusables data
/// ("іntervals" with Cyrillic і, "PRОCEED" with Cyrillic О). The list is the subset of look-alikes that could spell an
/// English training word; any non-Latin letter is refused by <see cref="ReplyCharacters"/> in any case.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, char> ToLatin = Build(
        // Cyrillic lower and upper case.
        "а-a в-b е-e ѕ-s і-i ј-j о-o р-p с-c у-y х-x һ-h ԁ-d ԛ-q ԝ-w ѵ-v ү-y ӏ-l "
        + "А-A В-B Е-E К-K М-M Н-H О-O Р-P С-C Т-T У-Y Х-X І-I Ј-J Ѕ-S Ү-Y Ԛ-Q Ԝ-W Ӏ-I "
        // Greek lower and upper case.
        + "α-a ο-o ν-v ρ-p ι-i κ-k τ-t υ-u χ-x ε-e γ-y "
        + "Α-A Β-B Ε-E Ζ-Z Η-H Ι-I Κ-K Μ-M Ν-N Ο-O Ρ-P Τ-T Υ-Y Χ-X "
        // Armenian.
        + "օ-o ս-u հ-h ց-g ք-p ո-n");

    /// <summary>The Latin letter <paramref name="c"/> imitates; null when it imitates none.</summary>
    public static char? Latin(char c) => ToLatin.TryGetValue(c, out var latin) ? latin : null;

    private static Dictionary<char, char> Build(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(p => p[0], p => p[2]);
}
