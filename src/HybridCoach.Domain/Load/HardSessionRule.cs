namespace HybridCoach.Domain.Load;

/// <summary>
/// The one meaning of "hard" — for the daily call's "no hard days back to back", the weekly review's count, the
/// planner, the plan matcher and the session view alike — by time in Seiler's three intensity bands against the
/// athlete's own thresholds (Seiler 2010, Int J Sports Physiol Perform 5:276–291; Seiler &amp; Kjerland 2006, Scand J
/// Med Sci Sports 16:49–56: the hard band lies above the second threshold; see <see cref="IntensityBands"/>).
/// A session is hard when any of: it spent at least <see cref="MinimumSecondsAtOrAboveThreshold"/> at or above
/// threshold (pace zone 4 and up, or heart rate from LTHR up); the athlete rated it at least
/// <see cref="MinimumHardRpe"/> on Foster's modified CR-10 scale (Foster et al. 2001, J Strength Cond Res 15:109–115:
/// 5 = "hard", 7 = "very hard"); or it was a race. Time between the thresholds (a steady run, marathon pace) is
/// Seiler's moderate band: counted in the distribution, never "hard" on its own.
/// </summary>
public static class HardSessionRule
{
    public const int MinimumHardRpe = 6;

    /// <summary>
    /// Five minutes at or above threshold: more than a set of strides (6 × 20 s = 2 min, which stays easy) and less
    /// than the shortest work of a quality session the planner writes (e.g. 3 × 3 min at interval pace, 9 min).
    /// </summary>
    public const double MinimumSecondsAtOrAboveThreshold = 300;

    public static bool IsHard(int? rpe, double? secondsAtOrAboveThreshold, bool race) =>
        race || rpe >= MinimumHardRpe || secondsAtOrAboveThreshold >= MinimumSecondsAtOrAboveThreshold;
}
