using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// What each call forbids a text to suggest (a mention that is negated or in the past is not a suggestion, see
/// <see cref="TextScan.NegatedOrPast"/>): no hard running on REDUCE_INTENSITY and RECOVERY_RUN (the call's own
/// definition: no intervals, tempo or race pace — <see cref="Recommendation"/>); no running at all on
/// CROSS_TRAIN_OR_REST; no training at all on FULL_REST; nothing longer on REDUCE_VOLUME and RECOVERY_RUN; and on
/// PROCEED or NEEDS_MORE_DATA no hard work the planned session does not hold.
/// </summary>
public static class EffortPhrases
{
    public static readonly string[] Hard =
    [
        "interval", "intervals", "tempo", "threshold run", "threshold session", "race pace", "push the pace", "push hard", "pick up the pace",
        "speed work", "speedwork", "fartlek", "hill repeats", "repeats", "reps", "strides", "all out", "all-out", "max effort", "hard session",
        "hard effort", "vo2", "vo2max", "sprint", "sprints", "go hard", "race it", "progression run",
    ];

    public static readonly string[] Running = ["run", "runs", "running", "jog", "jogging", "shakeout", "shake out", "trot", "miles", "mileage"];

    public static readonly string[] Training =
        ["cross train", "cross training", "bike", "cycle", "cycling", "ride", "spin", "swim", "swimming", "row", "rowing", "elliptical", "gym", "strength", "workout", "session"];

    public static readonly string[] Longer = ["longer", "extend", "extra", "add distance", "more distance", "more kilometres", "more km", "go long", "double"];

    /// <summary>The forbidden phrases found, e.g. "suggests 'intervals', harder than REDUCE_INTENSITY allows".</summary>
    public static IEnumerable<string> Violations(string normalised, EffortCeiling ceiling)
    {
        ArgumentNullException.ThrowIfNull(ceiling);
        var planned = TextScan.Normalise(ceiling.AllowedText ?? "");
        foreach (var phrase in Forbidden(ceiling.Call, planned))
            foreach (var at in TextScan.Occurrences(normalised, phrase.Replace('-', ' ')))
                if (!TextScan.NegatedOrPast(normalised, at, phrase.Length))
                {
                    yield return $"suggests '{phrase}', harder than {ceiling.Name} allows";
                    break;
                }
    }

    private static IEnumerable<string> Forbidden(Recommendation decided, string planned) => decided switch
    {
        // PROCEED is "train as planned": hard work only when the plan holds it, never invented by the narrator.
        Recommendation.Proceed or Recommendation.NeedsMoreData => Hard.Where(h => !TextScan.ContainsPhrase(planned, h.Replace('-', ' '))),
        Recommendation.ReduceIntensity => Hard,
        Recommendation.ReduceVolume => Longer,
        Recommendation.RecoveryRun => [.. Hard, .. Longer],
        Recommendation.CrossTrainOrRest => [.. Hard, .. Longer, .. Running],
        Recommendation.FullRest => [.. Hard, .. Longer, .. Running, .. Training],
        _ => [],
    };
}
