using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// The words that name each call: its id in any spelling (FULL_REST, "full rest", "Full-Rest") and plain-language
/// synonyms a reader would take for that call. A text naming a call other than the decision's fails the guard.
/// Calls that include one another share words: "rest day" and "day off" name both CROSS_TRAIN_OR_REST and FULL_REST.
/// </summary>
public static class RecommendationPhrases
{
    private static readonly Dictionary<Recommendation, string[]> Synonyms = new()
    {
        [Recommendation.Proceed] = ["proceed", "train as planned", "as planned", "go ahead", "green light", "business as usual", "full session"],
        [Recommendation.ReduceIntensity] = ["reduce intensity", "reduce the intensity", "reduced intensity", "lower the intensity", "lower intensity"],
        [Recommendation.ReduceVolume] = ["reduce volume", "reduce the volume", "reduced volume", "cut the volume", "less volume"],
        [Recommendation.RecoveryRun] = ["recovery run", "recovery jog"],
        [Recommendation.CrossTrainOrRest] = ["cross train or rest", "cross-train or rest", "cross training or rest"],
        [Recommendation.FullRest] = ["full rest", "complete rest", "total rest", "no training at all", "take the day off", "a day off", "day off", "rest day"],
        [Recommendation.NeedsMoreData] = ["needs more data", "need more data", "not enough data", "more data needed"],
    };

    /// <summary>Words allowed although they are listed for another call, because the decision's call includes them.</summary>
    private static readonly Dictionary<Recommendation, string[]> Shared = new()
    {
        [Recommendation.CrossTrainOrRest] = ["take the day off", "a day off", "day off", "rest day"],
    };

    /// <summary>The phrases in <paramref name="normalisedText"/> (lower case, '_' and '-' as spaces) that name a call other than <paramref name="decided"/>.</summary>
    public static IEnumerable<(Recommendation Named, string Phrase)> OtherCallsNamed(string normalisedText, Recommendation decided)
    {
        var allowed = new HashSet<string>(Synonyms[decided].Concat(Shared.GetValueOrDefault(decided) ?? []), StringComparer.Ordinal);
        foreach (var (call, phrases) in Synonyms)
        {
            if (call == decided) continue;
            var idWords = call.ToId().ToLowerInvariant().Replace('_', ' ');
            foreach (var phrase in phrases.Append(idWords).Distinct(StringComparer.Ordinal))
            {
                var spaced = phrase.Replace('-', ' ');
                if (allowed.Contains(phrase) || allowed.Contains(spaced)) continue;
                if (TextScan.ContainsPhrase(normalisedText, spaced)) yield return (call, phrase);
            }
        }
    }

    /// <summary>
    /// The call ids written in upper case (REDUCE_INTENSITY, FULL_REST) in the original text: a subject narration
    /// explains no daily call, so it must not name one — while "recovery run" or "rest day" are plain session words there.
    /// </summary>
    public static IEnumerable<string> IdsNamed(string text) =>
        RecommendationIds.All.Where(id => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![A-Za-z_]){id}(?![A-Za-z_])"));
}
