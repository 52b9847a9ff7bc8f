using System.Text.RegularExpressions;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Symptoms in free text that must reach a human at once. The cardiac ones are the personal-history items of the
/// AHA pre-participation screening (Maron et al. 2007, Circulation 115:1643–1655: exertional chest pain or discomfort,
/// unexplained fainting or near-fainting (dizziness, light-headedness), excessive unexplained breathlessness, palpitations); the bone ones are the
/// warning signs of a bone stress injury in runners (Warden, Davis &amp; Fredericson 2014, JOSPT 44:749–765: localised
/// bone pain, pain at rest or at night). The phrase lists and the negation handling (<see cref="PhraseMatcher"/>) are
/// product rules, built to over-report: a flag asks the coach to look, it is not a diagnosis.
/// </summary>
public static partial class MedicalRedFlags
{
    public const string ChestPain = "chest_pain";
    public const string Fainting = "fainting";
    public const string SuspectedStressFracture = "suspected_stress_fracture";
    public const string BreathlessAtRest = "breathless_at_rest";
    public const string Palpitations = "palpitations";

    private static readonly (string Id, Regex Pattern)[] Patterns =
    [
        (ChestPain, ChestPainPattern()),
        (Fainting, FaintingPattern()),
        (SuspectedStressFracture, StressFracturePattern()),
        (BreathlessAtRest, BreathlessPattern()),
        (Palpitations, PalpitationsPattern()),
    ];

    public static IReadOnlyList<string> Ids { get; } = [.. Patterns.Select(p => p.Id)];

    /// <summary>Every red flag mentioned (and not negated) in <paramref name="text"/>, once per id, in the order of <see cref="Ids"/>.</summary>
    public static IReadOnlyList<MedicalRedFlag> Find(string? text)
    {
        var found = new List<MedicalRedFlag>();
        foreach (var (id, pattern) in Patterns)
        {
            var phrases = PhraseMatcher.Find(text, pattern);
            if (phrases.Count > 0) found.Add(new MedicalRedFlag(id, phrases[0]));
        }
        return found;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bchest\s+(pains?|tightness|pressure|discomfort|hurts?|hurting|ache|aching)\b|\b(pain|tightness|pressure|discomfort)\s+in\s+(my|the)\s+chest\b|\btight\s+chest\b", Options)]
    private static partial Regex ChestPainPattern();

    [GeneratedRegex(@"\b(fainted|fainting|faints|(felt|feel|feeling|went|nearly|almost)\s+faint|(felt|feel|feeling|got|was|went|getting)\s+(dizzy|light-?headed)|dizziness|dizzy\s+spells?|passed\s+out|pass\s+out|black(ed)?\s*out|blackouts?|collapsed|lost\s+consciousness|syncope)\b", Options)]
    private static partial Regex FaintingPattern();

    [GeneratedRegex(@"\bstress\s+(fracture|reaction)s?\b|\bbone\s+(pain|ache|aches|hurts)\b|\b(pain|aches?|aching|hurts?|throbs?|throbbing)\s+(at|in\s+the|during\s+the)\s+night\b|\bnight\s+pain\b|\b(pain|hurts?|aches?)\s+(at|when|while)\s+rest(ing)?\b|\bpinpoint\s+(pain|tenderness)\b", Options)]
    private static partial Regex StressFracturePattern();

    [GeneratedRegex(@"\b(short(ness)?\s+of\s+breath|breathless(ness)?|out\s+of\s+breath|struggl\w*\s+to\s+breathe|can'?t\s+catch\s+my\s+breath)\b(?=[^.!?;]*\b(at\s+rest|resting|sitting|lying|in\s+bed|doing\s+nothing)\b)", Options)]
    private static partial Regex BreathlessPattern();

    [GeneratedRegex(@"\bpalpitations?\b|\b(heart|pulse)\s+(was\s+|is\s+|kept\s+)?(racing|raced|pounding|fluttering|flutters|skipping|skipped|skips|irregular)\b|\b(racing|irregular|fluttering)\s+(heart|heartbeat|pulse)\b|\bskipped\s+beats?\b|\birregular\s+heart\s?beat\b", Options)]
    private static partial Regex PalpitationsPattern();
}
