using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Heart-rate stress, hrTSS-like: hours × (average HR / LTHR)² × 100, so one hour at LTHR is 100, the same
/// scale as <see cref="RunningStress"/>. TrainingPeaks' hrTSS is proprietary; this is the public
/// approximation (b) of science.md §6 (geratools.com), a convention rather than a published oracle.
/// </summary>
public static class HeartRateStress
{
    public const string Id = "heart_rate_stress";
    public const double PointsPerHourAtThreshold = 100;

    public static double Compute(Duration duration, HeartRate averageHeartRate, HeartRate lactateThreshold)
    {
        if (!(lactateThreshold.BeatsPerMinute > 0))
            throw new ArgumentOutOfRangeException(nameof(lactateThreshold), lactateThreshold.BeatsPerMinute, "LTHR must be above 0 bpm");
        if (!(duration.Seconds >= 0))
            throw new ArgumentOutOfRangeException(nameof(duration), duration.Seconds, "duration must be zero or more seconds");
        var intensity = averageHeartRate.BeatsPerMinute / lactateThreshold.BeatsPerMinute;
        return duration.Hours * intensity * intensity * PointsPerHourAtThreshold;
    }

    /// <summary>Null without LTHR or an average heart rate.</summary>
    public static LoadValue? Compute(ActivitySummary summary, LoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.LactateThresholdHeartRate is not { } lthr || summary.AverageHeartRate is not { } average) return null;
        if (!(average.BeatsPerMinute > 0)) return null;
        return new LoadValue(LoadMeasure.RunningStress, Compute(summary.TimerTime, average, lthr), Id,
            $"average HR {average} over {summary.TimerTime} vs LTHR {lthr}");
    }
}
