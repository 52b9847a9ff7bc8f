namespace HybridCoach.Domain.Activities;

/// <summary>
/// Everything one activity file says, before anything is derived: what every reader (FIT, GPX, TCX,
/// manual entry) produces. Start times are UTC; <see cref="UtcOffset"/> is the local offset when the
/// file states it (a FIT activity message's local_timestamp), else null.
/// </summary>
public sealed record ActivityRecording(
    IReadOnlyList<RecordedSession> Sessions,
    IReadOnlyList<RecordedLap> Laps,
    SampleSeries Samples,
    TimeSpan? UtcOffset = null,
    string? Name = null,
    string? Device = null,
    IReadOnlyList<string>? Warnings = null)
{
    public IReadOnlyList<string> WarningsOrEmpty => Warnings ?? [];
}
