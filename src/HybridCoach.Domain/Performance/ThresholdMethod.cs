namespace HybridCoach.Domain.Performance;

/// <summary>How a threshold pace was estimated from best efforts.</summary>
public enum ThresholdMethod
{
    /// <summary>Daniels' T pace for the VDOT of the best effort (science.md §1.3–1.4).</summary>
    DanielsThresholdPace,

    /// <summary>The pace of critical speed fitted to best efforts (science.md §10).</summary>
    CriticalSpeed,
}

public static class ThresholdMethodExtensions
{
    /// <summary>Stable snake_case id for JSON and audit records.</summary>
    public static string Id(this ThresholdMethod method) => method switch
    {
        ThresholdMethod.DanielsThresholdPace => "daniels_t_pace",
        ThresholdMethod.CriticalSpeed => Performance.CriticalSpeed.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown threshold method"),
    };
}
