using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>One activity's load in the series' measure; <see cref="Estimated"/> when the measure was
/// missing for it and its value was estimated from its duration (see <see cref="TrainingLoadSelector"/>).
/// Holds the summary, not the whole activity: the series needs only the day, distance and time.</summary>
public sealed record ActivityLoad(long ActivityId, ActivitySummary Summary, LoadValue Value, bool Estimated)
{
    /// <summary>The activity's local calendar day (its start time at the recording's own offset).</summary>
    public DateOnly Day => DateOnly.FromDateTime(Summary.StartTime.DateTime);

    public DatedLoad ToDated()
    {
        var isRun = Summary.Sport.IsRun();
        return new DatedLoad(Day, Value.Value, isRun ? Summary.Distance.Meters : 0, isRun ? Summary.TimerTime.Seconds : 0, Summary.TimerTime.Seconds);
    }
}
