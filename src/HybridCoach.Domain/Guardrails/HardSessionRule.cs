namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// Whether a session counts as hard for "no hard days back to back" (Bowerman's hard–easy principle; Seiler
/// 2010, Int J Sports Physiol Perform 5:276–291, on spacing the ~20 % of sessions above the first threshold).
/// Hard when any of: the athlete rated it at least <see cref="MinimumHardRpe"/> on Foster's modified CR-10 scale
/// (Foster et al. 2001, J Strength Cond Res 15:109–115: 5 = "hard", 7 = "very hard"); it spent at least
/// <see cref="MinimumSecondsAboveAerobicThreshold"/> above the aerobic threshold (Seiler's moderate and hard
/// bands, by pace or heart rate — see Load.IntensityBands); or it was a race.
/// </summary>
public static class HardSessionRule
{
    public const int MinimumHardRpe = 6;

    /// <summary>Ten minutes above VT1: a short tempo or a few intervals, more than strides or one hill.</summary>
    public const double MinimumSecondsAboveAerobicThreshold = 600;

    public static bool IsHard(int? rpe, double? secondsAboveAerobicThreshold, bool race) =>
        race || rpe >= MinimumHardRpe || secondsAboveAerobicThreshold >= MinimumSecondsAboveAerobicThreshold;
}
