namespace HybridCoach.Domain.Load;

/// <summary>Chronic load, acute load and form for every day of a series.</summary>
public sealed record FitnessFatigueSeries(double[] Chronic, double[] Acute, double[] Form);
