using System.Text.RegularExpressions;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// A reason for an adjustment that asks for more — harder, longer, faster, extra or more distance, added intervals
/// or reps, an increase — which an adjustment never gives: adjustments only make a session easier (the never-harder
/// rule). Negated mentions ("no longer than 40 min", "not faster") are skipped by <see cref="PhraseMatcher"/>.
/// Product rule; the answer points to the check-in's "feeling strong" and to the coach.
/// </summary>
public static partial class HarderRequest
{
    public const string Answer =
        "an adjustment only ever makes a session easier or shorter; to ask for more, say you feel strong in your weekly check-in, or ask your coach there";

    /// <summary>The words that ask for more, or null when the reason does not.</summary>
    public static string? Find(string? reason) => PhraseMatcher.Find(reason, Pattern()) is [var first, ..] ? first : null;

    [GeneratedRegex(@"\b(harder|longer|faster|tougher|more\s+(km|kms|kilometres|kilometers|miles|distance|volume|mileage|reps|intervals|speed|intensity|load|quality)|extra\s+(km|kms|miles|reps|intervals|distance|volume)|add(ing)?\s+(an?\s+)?(intervals?|tempo|reps|hills|km|miles|distance)|increase|step\s+it\s+up|push\s+harder)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
