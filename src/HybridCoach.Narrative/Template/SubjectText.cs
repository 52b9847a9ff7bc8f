using HybridCoach.Narrative.Guard;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// Collects a subject template's sentences within the guard's bounds: at most <see cref="NarrativeGuard.MaxSentences"/>
/// and <see cref="NarrativeGuard.MaxLength"/> characters, optional sentences dropped first (last added first) when
/// the text runs long. Engine strings (reasons, evidence) are quoted only when <see cref="Allows"/> them: a clause
/// the effort ceiling forbids or one naming a call id is left out rather than shown.
/// </summary>
public sealed class SubjectText(EffortCeiling ceiling)
{
    private readonly List<(string Text, bool Optional)> _sentences = [];

    public void Add(string sentence, bool optional = false) => _sentences.Add((sentence, optional));

    public bool Allows(string clause) =>
        !EffortPhrases.Violations(TextScan.Normalise(clause), ceiling).Any() && !RecommendationPhrases.IdsNamed(clause).Any();

    public string Compose()
    {
        var kept = _sentences.ToList();
        while (kept.Count > NarrativeGuard.MinSentences && (kept.Count > NarrativeGuard.MaxSentences || Join(kept).Length > NarrativeGuard.MaxLength)
            && kept.FindLastIndex(s => s.Optional) is var at and >= 0)
            kept.RemoveAt(at);
        var text = Join(kept);
        return text.Length <= NarrativeGuard.MaxLength ? text : Shorten(kept);
    }

    private static string Join(IEnumerable<(string Text, bool Optional)> sentences) =>
        string.Join(" ", sentences.Select(s => Figures.Capitalise(s.Text.Trim().TrimEnd('.')) + "."));

    // Still too long with only the required sentences (very long titles): cut each at a clause boundary.
    private static string Shorten(List<(string Text, bool Optional)> sentences)
    {
        var budget = NarrativeGuard.MaxLength / sentences.Count - 2;
        return Join(sentences.Select(s => (Cut(s.Text, budget), s.Optional)));
    }

    private static string Cut(string text, int budget)
    {
        if (text.Length <= budget) return text;
        var at = text.LastIndexOfAny([',', ';', ':'], budget);
        return at > 20 ? text[..at] : text[..budget].TrimEnd();
    }
}
