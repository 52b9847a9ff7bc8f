using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Running stress from normalised graded speed against threshold speed, rTSS-like:
/// hours × IF² × 100 with IF = graded speed / threshold speed (speeds, not paces), so one hour at threshold
/// is 100 (science.md §6; TrainingPeaks' rTSS article as quoted on forum.slowtwitch.com and me-create.com).
/// Worked example (me-create.com): threshold 4:30/km, NGP 5:00/km, 30 min → IF 0.9, 40.5.
/// </summary>
public static class RunningStress
{
    public const string Id = "running_stress";
    public const double PointsPerHourAtThreshold = 100;

    public static double Compute(Duration duration, Speed gradedSpeed, Speed thresholdSpeed)
    {
        if (!(thresholdSpeed.MetersPerSecond > 0))
            throw new ArgumentOutOfRangeException(nameof(thresholdSpeed), thresholdSpeed.MetersPerSecond, "threshold speed must be above 0 m/s");
        if (!(duration.Seconds >= 0))
            throw new ArgumentOutOfRangeException(nameof(duration), duration.Seconds, "duration must be zero or more seconds");
        if (!(gradedSpeed.MetersPerSecond >= 0))
            throw new ArgumentOutOfRangeException(nameof(gradedSpeed), gradedSpeed.MetersPerSecond, "speed must be zero or more m/s");
        var intensity = gradedSpeed.MetersPerSecond / thresholdSpeed.MetersPerSecond;
        return duration.Hours * intensity * intensity * PointsPerHourAtThreshold;
    }

    /// <summary>
    /// A run's stress from its samples' normalised graded speed over moving time; from its average speed
    /// over timer time when it has no distance samples. Null for other sports or without a threshold pace.
    /// </summary>
    public static LoadValue? Compute(Activity activity, LoadProfile profile, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(profile);
        if (!activity.Summary.Sport.IsRun() || profile.ThresholdPace is not { } threshold) return null;
        var thresholdSpeed = threshold.ToSpeed();
        if (GradeAdjustedPace.Compute(activity.Samples, settings) is { } graded)
        {
            var value = Compute(graded.MovingTime, graded.Normalised, thresholdSpeed);
            var kind = graded.HasAltitude ? "normalised graded pace" : "normalised pace (no altitude)";
            return new LoadValue(LoadMeasure.RunningStress, value, Id,
                $"{kind} {graded.NormalisedPace} over {graded.MovingTime} vs threshold {threshold}");
        }
        var summary = activity.Summary;
        var speed = summary.AverageSpeed ?? Speed.From(summary.Distance, summary.TimerTime);
        if (!(speed.MetersPerSecond > 0)) return null;
        return new LoadValue(LoadMeasure.RunningStress, Compute(summary.TimerTime, speed, thresholdSpeed), Id,
            $"average pace {speed.ToPace()} over {summary.TimerTime} vs threshold {threshold}");
    }
}
