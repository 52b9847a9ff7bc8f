using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>One activity's load in the series' measure; <see cref="Estimated"/> when the measure was
/// missing for it and its value was estimated from its duration (see <see cref="TrainingLoadSelector"/>).</summary>
public sealed record ActivityLoad(Activity Activity, LoadValue Value, bool Estimated)
{
    /// <summary>The activity's local calendar day (its start time at the recording's own offset).</summary>
    public DateOnly Day => DateOnly.FromDateTime(Activity.Summary.StartTime.DateTime);

    public DatedLoad ToDated()
    {
        var summary = Activity.Summary;
        var isRun = summary.Sport.IsRun();
        return new DatedLoad(Day, Value.Value, isRun ? summary.Distance.Meters : 0, isRun ? summary.TimerTime.Seconds : 0, summary.TimerTime.Seconds);
    }
}
