namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// What the published plans for one race distance and starting volume prescribe (docs/plan-envelope.md has each
/// figure with its source): the peak week as a multiple of the starting week, the longest run, how many long runs
/// reach <paramref name="LongRunThresholdM"/>, how many weeks before the race the volume peaks, and the taper's
/// length in days (the taper microcycles and the race week up to race day).
/// </summary>
public sealed record ReferenceEnvelope(
    RaceDistanceClass Distance,
    VolumeLevel Level,
    FigureRange PeakVolumeFactor,
    FigureRange PeakLongRunM,
    double LongRunThresholdM,
    int LongRunsAtThreshold,
    FigureRange PeakWeeksBeforeRace,
    FigureRange TaperDays,
    string Sources);
