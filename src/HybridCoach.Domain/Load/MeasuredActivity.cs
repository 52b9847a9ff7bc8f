using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>
/// What <see cref="TrainingLoadSelector"/> needs of one activity: its id, its summary and its load in each
/// measure (a measure absent from <see cref="Loads"/> counts as unavailable). No samples: the per-activity
/// values are computed once (<see cref="LoadMeasurements.All"/>) and can come from storage.
/// </summary>
public sealed record MeasuredActivity(long ActivityId, ActivitySummary Summary, IReadOnlyList<MeasuredLoad> Loads)
{
    /// <summary>The activity's local calendar day (its start time at the recording's own offset).</summary>
    public DateOnly Day => DateOnly.FromDateTime(Summary.StartTime.DateTime);

    /// <summary>The value in <paramref name="measure"/>; null when unavailable or not measured.</summary>
    public LoadValue? ValueOf(LoadMeasure measure)
    {
        foreach (var load in Loads)
        {
            if (load.Measure == measure) return load.Value;
        }
        return null;
    }
}
