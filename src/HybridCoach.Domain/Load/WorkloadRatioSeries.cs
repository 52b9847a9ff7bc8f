namespace HybridCoach.Domain.Load;

/// <summary>Acute load, chronic load and their ratio for every day of a series; the ratio is null during
/// warm-up and when chronic load is 0.</summary>
public sealed record WorkloadRatioSeries(double[] Acute, double[] Chronic, double?[] Ratio);
