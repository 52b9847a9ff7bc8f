namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>How much of the niggle window <see cref="NiggleRule"/> changes, strongest first: every impact-heavy
/// session, hard sessions and the long run, hard sessions only, or intensity only (easy runs of the same time).</summary>
public enum NiggleSwapLevel
{
    EveryImpact,
    HardAndLong,
    HardOnly,
    IntensityOnly,
}
