namespace HybridCoach.Domain.Load;

/// <summary>
/// The daily gain k of an exponentially weighted average with time constant τ days, used as
/// avg[d] = avg[d−1] + k × (load[d] − avg[d−1]) (science.md §6).
/// </summary>
public enum EwmaForm
{
    /// <summary>k = 1 − e^(−1/τ): GoldenCheetah PMCData.cpp and intervals.icu (0.023528 for 42 d).</summary>
    Exponential,

    /// <summary>k = 1/τ: the recursion commonly quoted for TrainingPeaks' CTL (0.0238095 for 42 d).</summary>
    Reciprocal,
}
