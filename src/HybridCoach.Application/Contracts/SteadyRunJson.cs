using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>One steady run in `coach metrics --json`: Pa:HR aerobic decoupling (%) and efficiency factor
/// (m/min per bpm) with the moving time, mean speed and HR they rest on (Friel; TrainingPeaks).</summary>
public sealed record SteadyRunJson(
    long ActivityId,
    DateOnly Date,
    double MovingTimeS,
    double MeanSpeedMPerMin,
    double MeanHrBpm,
    double DecouplingPct,
    double EfficiencyFactor,
    bool DecouplingAboveFivePct)
{
    public static SteadyRunJson From(SteadyRun run) => new(
        run.ActivityId, run.Day, Math.Round(run.MovingTimeS, 1), Math.Round(run.MeanSpeedMPerMin, 2), Math.Round(run.MeanHeartRateBpm, 1),
        Math.Round(run.DecouplingPercent, 2), Math.Round(run.EfficiencyFactor, 4), run.AboveAerobicLimit);
}
