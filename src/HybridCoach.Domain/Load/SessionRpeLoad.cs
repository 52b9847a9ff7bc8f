using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Foster's session-RPE load: session RPE on the CR-10 scale (0–10) × duration in minutes (science.md §4;
/// Foster et al., J Strength Cond Res 2001;15:109–115). 120 min at RPE 6 gives 720.
/// </summary>
public static class SessionRpeLoad
{
    public const string Id = "session_rpe_load";
    public const int MinRpe = 0;
    public const int MaxRpe = 10;

    public static double Compute(double rpe, double minutes)
    {
        if (!(rpe >= MinRpe && rpe <= MaxRpe))
            throw new ArgumentOutOfRangeException(nameof(rpe), rpe, $"session RPE must be on the CR-10 scale {MinRpe}–{MaxRpe}");
        if (!(minutes >= 0))
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "duration must be zero or more minutes");
        return rpe * minutes;
    }

    /// <summary>The activity's sRPE load; null when no RPE was recorded for it.</summary>
    public static LoadValue? Compute(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Rpe is not { } rpe) return null;
        var minutes = summary.TimerTime.Minutes;
        return new LoadValue(LoadMeasure.SessionRpe, Compute(rpe, minutes), Id,
            FormattableString.Invariant($"RPE {rpe} × {minutes:0.0} min"));
    }
}
