namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// Which call wins when several guardrails fire: the most protective. Rank, highest first:
/// FULL_REST › CROSS_TRAIN_OR_REST › RECOVERY_RUN › REDUCE_VOLUME › REDUCE_INTENSITY › NEEDS_MORE_DATA › PROCEED.
/// NEEDS_MORE_DATA ranks below every call that asks for less training: it says the load cannot be judged, not
/// that training is unsafe, so it never hides a pain flag, an illness or any other protective call; with nothing
/// else firing it beats PROCEED. One combination rule: REDUCE_VOLUME together with REDUCE_INTENSITY (and nothing
/// stronger) is a RECOVERY_RUN, because a short easy run is exactly "less and easier".
/// </summary>
public static class RecommendationPrecedence
{
    public static int Rank(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Proceed => 0,
        Recommendation.NeedsMoreData => 1,
        Recommendation.ReduceIntensity => 2,
        Recommendation.ReduceVolume => 3,
        Recommendation.RecoveryRun => 4,
        Recommendation.CrossTrainOrRest => 5,
        Recommendation.FullRest => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation, "unknown recommendation"),
    };

    /// <summary>The winning call among the asked-for calls (PROCEED when none); order does not matter.</summary>
    public static Recommendation Combine(IEnumerable<Recommendation> askedFor)
    {
        ArgumentNullException.ThrowIfNull(askedFor);
        var best = Recommendation.Proceed;
        bool intensity = false, volume = false;
        foreach (var call in askedFor)
        {
            intensity |= call == Recommendation.ReduceIntensity;
            volume |= call == Recommendation.ReduceVolume;
            if (Rank(call) > Rank(best)) best = call;
        }
        return intensity && volume && Rank(best) <= Rank(Recommendation.ReduceVolume) ? Recommendation.RecoveryRun : best;
    }
}
