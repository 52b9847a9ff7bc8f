using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>Load as minutes of timer time: the measure every activity has.</summary>
public static class DurationLoad
{
    public const string Id = "duration_load";

    public static LoadValue Compute(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var minutes = summary.TimerTime.Minutes;
        if (!(minutes >= 0)) throw new ArgumentException($"timer time {summary.TimerTime.Seconds} s is negative or not a number", nameof(summary));
        return new LoadValue(LoadMeasure.Duration, minutes, Id, FormattableString.Invariant($"{minutes:0.0} min timer time"));
    }
}
