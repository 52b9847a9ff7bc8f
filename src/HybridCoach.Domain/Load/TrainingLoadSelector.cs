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

    /// <summary>Computes every activity's measures, then selects as <see cref="Select(IReadOnlyList{MeasuredActivity}, DateOnly, LoadMeasure?, LoadSettings?)"/>.</summary>
    public static LoadSelection Select(IReadOnlyList<Activity> activities, LoadProfile profile, DateOnly asOf,
        LoadMeasure? forced = null, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(profile);
        var measured = new List<MeasuredActivity>(activities.Count);
        foreach (var activity in activities)
        {
            if (DateOnly.FromDateTime(activity.Summary.StartTime.DateTime) > asOf) continue;
            measured.Add(new MeasuredActivity(activity.Id, activity.Summary, LoadMeasurements.All(activity, profile, settings)));
        }
        return Select(measured, asOf, forced, settings);
    }

    /// <summary>
    /// Selects from per-activity values computed beforehand (<see cref="LoadMeasurements.All"/>, possibly
    /// stored): no samples are needed here. Activities after <paramref name="asOf"/> are left out.
    /// </summary>
    public static LoadSelection Select(IReadOnlyList<MeasuredActivity> activities, DateOnly asOf,
        LoadMeasure? forced = null, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        settings ??= LoadSettings.Default;
        var included = new List<MeasuredActivity>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity is null) throw new ArgumentException("the activity list holds a null entry", nameof(activities));
            if (activity.Day <= asOf) included.Add(activity);
        }
        if (forced is { } chosen) return Fill(included, chosen, Values(included, chosen), "asked for");
        foreach (var measure in FallbackOrder)
        {
            var values = Values(included, measure);
            var coverage = included.Count == 0 ? 1 : Covered(values) / (double)included.Count;
            if (coverage >= settings.MinimumCoverage)
                return Fill(included, measure, values, FormattableString.Invariant($"best available: {coverage:P0} of activities have it"));
        }
        throw new InvalidOperationException("duration is always available, so a measure is always chosen");
    }

    private static LoadValue?[] Values(List<MeasuredActivity> activities, LoadMeasure measure)
    {
        var values = new LoadValue?[activities.Count];
        for (var i = 0; i < values.Length; i++) values[i] = activities[i].ValueOf(measure);
        return values;
    }

    private static int Covered(LoadValue?[] values)
    {
        var count = 0;
        foreach (var value in values) if (value is not null) count++;
        return count;
    }

    private static LoadSelection Fill(List<MeasuredActivity> activities, LoadMeasure measure, LoadValue?[] values, string reason)
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
            var (id, summary) = (activities[i].ActivityId, activities[i].Summary);
            var activityMinutes = summary.TimerTime.Minutes;
            loads[i] = values[i] is { } value
                ? new ActivityLoad(id, summary, value, false)
                : new ActivityLoad(id, summary, new LoadValue(measure, activityMinutes * perMinute, "duration_estimate",
                    FormattableString.Invariant($"estimated: {activityMinutes:0.0} min × {perMinute:0.###} per min (mean of measured activities)")), true);
        }
        return new LoadSelection(measure, loads, $"{measure.ToId()} ({reason})");
    }
}
