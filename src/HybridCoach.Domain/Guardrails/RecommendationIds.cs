namespace HybridCoach.Domain.Guardrails;

/// <summary>The stable upper-snake-case ids of <see cref="Recommendation"/> used in JSON, audit records and the CLI.</summary>
public static class RecommendationIds
{
    private static readonly (Recommendation Value, string Id)[] Map =
    [
        (Recommendation.Proceed, "PROCEED"),
        (Recommendation.ReduceIntensity, "REDUCE_INTENSITY"),
        (Recommendation.ReduceVolume, "REDUCE_VOLUME"),
        (Recommendation.RecoveryRun, "RECOVERY_RUN"),
        (Recommendation.CrossTrainOrRest, "CROSS_TRAIN_OR_REST"),
        (Recommendation.FullRest, "FULL_REST"),
        (Recommendation.NeedsMoreData, "NEEDS_MORE_DATA"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Map.Select(m => m.Id)];

    public static string ToId(this Recommendation recommendation)
    {
        foreach (var (value, id) in Map) if (value == recommendation) return id;
        throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation, "unknown recommendation");
    }

    /// <summary>Parses an id case-insensitively (dashes allowed for underscores); throws naming the text otherwise.</summary>
    public static Recommendation Parse(string text, string inputName = "recommendation")
    {
        var normalised = (text ?? "").Trim().Replace('-', '_').ToUpperInvariant();
        foreach (var (value, id) in Map) if (id == normalised) return value;
        throw new ArgumentException($"{inputName} '{text}': expected one of {string.Join(", ", All)}");
    }
}
