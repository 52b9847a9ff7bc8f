namespace HybridCoach.Domain.Load;

/// <summary>
/// One steady run's aerobic decoupling and efficiency factor (<see cref="SteadyRuns"/>): the activity, its
/// local day, the moving time with heart rate the figures use, its mean speed (m/min) and HR, the
/// first/second-half speed÷HR ratios behind the decoupling, and whether the decoupling is above Friel's 5 %.
/// </summary>
public sealed record SteadyRun(
    long ActivityId,
    DateOnly Day,
    double MovingTimeS,
    double MeanSpeedMPerMin,
    double MeanHeartRateBpm,
    double FirstHalfRatio,
    double SecondHalfRatio,
    double DecouplingPercent,
    double EfficiencyFactor)
{
    public bool AboveAerobicLimit => DecouplingPercent > Decoupling.AerobicLimitPercent;
}
