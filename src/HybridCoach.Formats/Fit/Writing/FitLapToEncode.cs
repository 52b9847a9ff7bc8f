namespace HybridCoach.Formats.Fit.Writing;

/// <summary>A lap that ends at sample <paramref name="EndSampleIndex"/> (inclusive) and starts where the previous one ended.</summary>
public sealed record FitLapToEncode(
    int EndSampleIndex,
    FitLapIntensity Intensity = FitLapIntensity.Active,
    FitLapTrigger Trigger = FitLapTrigger.Distance);

/// <summary>The profile's intensity type (FIT profile, Types sheet).</summary>
public enum FitLapIntensity : byte
{
    Active = 0,
    Rest = 1,
    Warmup = 2,
    Cooldown = 3,
    Recovery = 4,
    Interval = 5,
}

/// <summary>The profile's lap_trigger type (FIT profile, Types sheet).</summary>
public enum FitLapTrigger : byte
{
    Manual = 0,
    Time = 1,
    Distance = 2,
    SessionEnd = 7,
}
