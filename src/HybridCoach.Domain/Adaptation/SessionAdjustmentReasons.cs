using System.Globalization;
using System.Text.RegularExpressions;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Reads the athlete's reason for an adjustment by keywords (product rule; negated mentions such as "not sick"
/// are skipped by <see cref="PhraseMatcher"/>). Strongest first: sick → niggle (a body site, the athlete's
/// injury-history sites, or words like pain/niggle/hurts) → tired → short on time → other. "Only 30 min" or
/// "45 minutes" sets the time available whatever the kind.
/// </summary>
public static partial class SessionAdjustmentReasons
{
    public const int MaxReasonLength = 500;

    /// <summary>Body sites runners commonly name (the lower-limb and back sites of running injury surveys).</summary>
    public static IReadOnlyList<string> CommonSites { get; } =
        ["calf", "calves", "achilles", "shin", "shins", "knee", "knees", "hamstring", "hamstrings", "quad", "quads", "hip", "hips",
         "foot", "feet", "heel", "plantar", "arch", "ankle", "ankles", "glute", "glutes", "groin", "it band", "itb", "back", "toe", "toes"];

    public static SessionAdjustmentReading Read(string reason, IReadOnlyList<string> injurySites)
    {
        var text = Validate(reason);
        ArgumentNullException.ThrowIfNull(injurySites);
        var available = AvailableSeconds(text);
        if (PhraseMatcher.Contains(text, Sick())) return new(SessionAdjustmentReason.Sick, null, false, available);
        var historySite = injurySites.FirstOrDefault(site => PhraseMatcher.Contains(text, WholeWord(site)));
        if (historySite is not null) return new(SessionAdjustmentReason.Niggle, historySite, true, available);
        var site = CommonSites.FirstOrDefault(s => PhraseMatcher.Contains(text, WholeWord(s)));
        if (site is not null || PhraseMatcher.Contains(text, NiggleWords()))
            return new(SessionAdjustmentReason.Niggle, site, false, available);
        if (PhraseMatcher.Contains(text, Tired())) return new(SessionAdjustmentReason.Tired, null, false, available);
        if (available is not null || PhraseMatcher.Contains(text, ShortOnTime()))
            return new(SessionAdjustmentReason.ShortOnTime, null, false, available);
        return new(SessionAdjustmentReason.Other, null, false, null);
    }

    private static string Validate(string? reason)
    {
        var text = (reason ?? "").Trim();
        if (text.Length == 0) throw new ArgumentException("reason: must not be empty; say why the session should change");
        if (text.Length > MaxReasonLength) throw new ArgumentException($"reason: longer than {MaxReasonLength} characters");
        return text;
    }

    private static double? AvailableSeconds(string text)
    {
        var match = Minutes().Match(text);
        if (!match.Success) return null;
        var minutes = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return minutes > 0 ? minutes * 60 : null;
    }

    private static Regex WholeWord(string phrase) =>
        new($@"\b{Regex.Escape(phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(sick|ill|illness|flu|fever|feverish|covid|virus|a cold|head cold|chesty|stomach bug|vomit\w*|diarrh\w*|under the weather)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sick();

    [GeneratedRegex(@"\b(niggle\w*|pain\w*|hurts?|hurting|injur\w*|twinge\w*|strain\w*|sprain\w*|tweak\w*|limp\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NiggleWords();

    [GeneratedRegex(@"\b(tired|fatigue\w*|exhausted|knackered|drained|worn out|heavy|sluggish|flat|slept (badly|poorly)|no sleep|poor sleep|bad sleep|low energy|sore legs|overtrained|stressed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tired();

    [GeneratedRegex(@"\b(short on time|no time|not much time|little time|limited time|busy|in a rush|pressed for time|time crunch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortOnTime();

    [GeneratedRegex(@"\b(\d{1,3})\s*(min|mins|minute|minutes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Minutes();
}
