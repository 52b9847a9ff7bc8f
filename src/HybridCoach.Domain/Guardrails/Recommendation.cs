namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The one typed call the engine makes for a day. Ordered from least to most protective (see
/// <see cref="RecommendationPrecedence"/> for where <see cref="NeedsMoreData"/> ranks); the JSON and audit ids
/// are the upper-case names in <see cref="RecommendationIds"/>.
/// </summary>
public enum Recommendation
{
    /// <summary>Train as planned.</summary>
    Proceed,

    /// <summary>Keep the volume, drop the hard part: no intervals, tempo or race pace today.</summary>
    ReduceIntensity,

    /// <summary>Keep the session type, shorten it.</summary>
    ReduceVolume,

    /// <summary>A short, easy run only (both volume and intensity reduced).</summary>
    RecoveryRun,

    /// <summary>No running: low-impact cross-training or rest.</summary>
    CrossTrainOrRest,

    /// <summary>No training at all today.</summary>
    FullRest,

    /// <summary>Too little recent history to judge the training load; the safety guardrails still decide first.</summary>
    NeedsMoreData,
}
