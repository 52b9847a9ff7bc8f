using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Picks one load measure for a whole series, so that acute and chronic load never mix units.
/// Fallback order, best first: rss (graded-pace stress for runs with a threshold pace, else HR stress from
/// LTHR — both 100 per hour at threshold), trimp, srpe, duration. The first measure at least
/// <see cref="LoadSettings.MinimumCoverage"/> of the activities have is used; duration always qualifies, so
/// distance is used only when asked for. An activity without the chosen measure gets its duration × the
/// mean load per minute of the activities that have it, marked as estimated. Only activities on or before
/// the as-of day are considered, so a later import never changes the choice for an earlier date.
/// </summary>
public static class TrainingLoadSelector
{
    public static IReadOnlyList<LoadMeasure> FallbackOrder { get; } =
        [LoadMeasure.RunningStress, LoadMeasure.Trimp, LoadMeasure.SessionRpe, LoadMeasure.Duration];

    /// <summary>One activity's load in one measure; null when the activity lacks what the measure needs.</summary>
    public static LoadValue? Measure(Activity activity, LoadMeasure measure, LoadProfile profile, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return measure switch
        {
            LoadMeasure.Duration => DurationLoad.Compute(activity.Summary),
            LoadMeasure.Distance => DistanceLoad.Compute(activity.Summary),
            LoadMeasure.SessionRpe => SessionRpeLoad.Compute(activity.Summary),
            LoadMeasure.Trimp => Trimp.Compute(activity, profile, settings),
            LoadMeasure.RunningStress => RunningStress.Compute(activity, profile, settings)
                ?? HeartRateStress.Compute(activity.Summary, profile),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown load measure"),
        };
    }

    public static LoadSelection Select(IReadOnlyList<Activity> activities, LoadProfile profile, DateOnly asOf,
        LoadMeasure? forced = null, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(profile);
        settings ??= LoadSettings.Default;
        var included = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            if (DateOnly.FromDateTime(activity.Summary.StartTime.DateTime) <= asOf) included.Add(activity);
        }
        if (forced is { } chosen) return Fill(included, chosen, Values(included, chosen, profile, settings), "asked for");
        foreach (var measure in FallbackOrder)
        {
            var values = Values(included, measure, profile, settings);
            var coverage = included.Count == 0 ? 1 : Covered(values) / (double)included.Count;
            if (coverage >= settings.MinimumCoverage)
                return Fill(included, measure, values, FormattableString.Invariant($"best available: {coverage:P0} of activities have it"));
        }
        throw new InvalidOperationException("duration is always available, so a measure is always chosen");
    }

    private static LoadValue?[] Values(List<Activity> activities, LoadMeasure measure, LoadProfile profile, LoadSettings settings)
    {
        var values = new LoadValue?[activities.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Measure(activities[i], measure, profile, settings);
        return values;
    }

    private static int Covered(LoadValue?[] values)
    {
        var count = 0;
        foreach (var value in values) if (value is not null) count++;
        return count;
    }

    private static LoadSelection Fill(List<Activity> activities, LoadMeasure measure, LoadValue?[] values, string reason)
    {
        double load = 0, minutes = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value) continue;
            load += value.Value;
            minutes += activities[i].Summary.TimerTime.Minutes;
        }
        var perMinute = minutes > 0 ? load / minutes : 0;
        var loads = new ActivityLoad[values.Length];
        for (var i = 0; i < loads.Length; i++)
        {
            var activityMinutes = activities[i].Summary.TimerTime.Minutes;
            loads[i] = values[i] is { } value
                ? new ActivityLoad(activities[i], value, false)
                : new ActivityLoad(activities[i], new LoadValue(measure, activityMinutes * perMinute, "duration_estimate",
                    FormattableString.Invariant($"estimated: {activityMinutes:0.0} min × {perMinute:0.###} per min (mean of measured activities)")), true);
        }
        return new LoadSelection(measure, loads, $"{measure.ToId()} ({reason})");
    }
}
