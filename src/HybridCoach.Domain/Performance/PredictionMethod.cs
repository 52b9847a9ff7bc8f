namespace HybridCoach.Domain.Performance;

/// <summary>How a race time was predicted.</summary>
public enum PredictionMethod
{
    /// <summary>Same VDOT at the target distance (<see cref="Performance.Vdot"/>).</summary>
    Vdot,

    /// <summary>Riegel's power law (<see cref="Performance.Riegel"/>).</summary>
    Riegel,
}

public static class PredictionMethodExtensions
{
    /// <summary>Stable snake_case id for JSON and audit records.</summary>
    public static string Id(this PredictionMethod method) => method switch
    {
        PredictionMethod.Vdot => Performance.Vdot.Id,
        PredictionMethod.Riegel => Performance.Riegel.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown prediction method"),
    };
}
