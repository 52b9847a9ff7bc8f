namespace HybridCoach.Domain.Activities;

/// <summary>
/// Turns what a file says (<see cref="ActivityRecording"/>) into an <see cref="Activity"/>: stated totals
/// are kept, missing ones are derived from the samples; laps, splits and best efforts are computed.
/// </summary>
public static class ActivityFactory
{
    public static Activity Build(ActivityRecording recording, ActivitySource source) =>
        throw new NotImplementedException("ActivityFactory.Build is being written (issue 2).");
}
