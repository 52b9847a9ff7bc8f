using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Every load measure of one activity (duration, distance, srpe, trimp, rss, in <see cref="LoadMeasure"/>
/// order), each with its derivation or the reason it is unavailable. The values are those of
/// <see cref="TrainingLoadSelector.Measure"/>; what they depend on beyond the activity is exactly
/// <see cref="LoadInputsKey.Of"/>, so they can be stored under that key and reused.
/// </summary>
public static class LoadMeasurements
{
    public static IReadOnlyList<LoadMeasure> Measures { get; } = Enum.GetValues<LoadMeasure>();

    public static IReadOnlyList<MeasuredLoad> All(Activity activity, LoadProfile profile, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(profile);
        var loads = new MeasuredLoad[Measures.Count];
        for (var i = 0; i < loads.Length; i++)
        {
            var measure = Measures[i];
            loads[i] = Measure(activity, measure, profile, settings);
        }
        return loads;
    }

    private static MeasuredLoad Measure(Activity activity, LoadMeasure measure, LoadProfile profile, LoadSettings? settings)
    {
        try
        {
            return TrainingLoadSelector.Measure(activity, measure, profile, settings) is { } value
                ? MeasuredLoad.Available(value)
                : MeasuredLoad.Unavailable(measure, UnavailableReason(activity.Summary, measure, profile));
        }
        catch (ArgumentOutOfRangeException error)
        {
            // A profile the formula cannot use (e.g. max HR not above resting HR) makes only this measure
            // unavailable, with the formula's own explanation, instead of failing every other one.
            return MeasuredLoad.Unavailable(measure, error.Message);
        }
    }

    /// <summary>Why <paramref name="measure"/> has no value for an activity (called only when it has none).</summary>
    public static string UnavailableReason(ActivitySummary summary, LoadMeasure measure, LoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(profile);
        return measure switch
        {
            LoadMeasure.SessionRpe => "no session RPE recorded (coach activity rpe ID N)",
            LoadMeasure.Trimp => profile.RestingHeartRate is null || profile.MaxHeartRate is null
                ? "needs resting and max HR in the athlete profile"
                : "no heart rate (no HR samples and no average HR)",
            LoadMeasure.RunningStress => RunningStressReason(summary, profile),
            _ => "not available",
        };
    }

    // rss is graded-pace stress for runs with a threshold pace, else HR stress from LTHR (TrainingLoadSelector).
    private static string RunningStressReason(ActivitySummary summary, LoadProfile profile)
    {
        var pace = !summary.Sport.IsRun() ? "not a run (graded pace)"
            : profile.ThresholdPace is null ? "no threshold pace (graded pace)"
            : "no speed or distance (graded pace)";
        var heart = profile.LactateThresholdHeartRate is null ? "no LTHR (HR stress)" : "no average HR (HR stress)";
        return $"{pace}; {heart}";
    }
}
