using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Turns what a file says (<see cref="ActivityRecording"/>) into an <see cref="Activity"/>: stated totals
/// are kept, missing ones are derived from the samples; laps, splits and best efforts are computed.
/// </summary>
public static class ActivityFactory
{
    /// <exception cref="ArgumentException">The recording has neither sessions nor samples, or breaks a physical limit
    /// (<see cref="RecordingPlausibility"/>: the message names the field).</exception>
    public static Activity Build(ActivityRecording recording, ActivitySource source) => Build(recording, source, out _);

    /// <summary>Builds the activity and gives the recording's warnings, with any sample values dropped (<see cref="SampleRanges"/>) among them.</summary>
    public static Activity Build(ActivityRecording recording, ActivitySource source, out IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(source);
        if (recording.Sessions.Count == 0 && recording.Samples.Count == 0)
            throw new ArgumentException(
                $"{source.FileName}: the recording has no sessions and no samples, so there is no activity to build",
                nameof(recording));

        // Out-of-range sample values are dropped (SampleRanges); hostile or broken totals refuse the file before anything
        // is derived from them (RecordingPlausibility).
        recording = SampleRanges.Clean(recording);
        warnings = recording.WarningsOrEmpty;
        if (RecordingPlausibility.Problem(recording) is { } problem)
            throw new ArgumentException($"{source.FileName}: {problem}");

        var timeline = SampleTimeline.From(recording.Samples);
        var summary = SummaryDeriver.Derive(recording, timeline);
        // What was derived is held to the same limits (an altitude swinging between its extremes could sum to any climb).
        if (RecordingPlausibility.Problem(summary) is { } derived)
            throw new ArgumentException($"{source.FileName}: {derived}");
        var laps = LapDeriver.Derive(recording.Laps, timeline, recording.UtcOffset);
        var kilometerSplits = SplitCalculator.Compute(timeline, DistanceUnit.Kilometers);
        var mileSplits = SplitCalculator.Compute(timeline, DistanceUnit.Miles);
        IReadOnlyList<BestEffort> bestEfforts = summary.Sport.IsRun() ? BestEffortFinder.FindAll(timeline) : [];
        return new Activity(summary, laps, kilometerSplits, mileSplits, bestEfforts, recording.Samples, source);
    }
}
