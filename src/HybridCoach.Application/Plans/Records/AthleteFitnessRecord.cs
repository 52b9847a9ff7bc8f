using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans.Records;

/// <summary>The athlete's fitness in a stored plan request.</summary>
public sealed record AthleteFitnessRecord(
    double WeeklyDistanceM,
    double LongestRunM,
    double ThresholdPaceSPerKm,
    double? Vdot,
    double? LthrBpm,
    IReadOnlyList<DatedLoadRecord> HistoryLoads)
{
    public static AthleteFitnessRecord From(AthleteFitness f) => new(f.WeeklyDistanceM, f.LongestRunM, f.ThresholdPace.SecondsPerKilometer,
        f.Vdot, f.LactateThresholdHeartRate?.BeatsPerMinute, [.. (f.HistoryLoads ?? []).Select(DatedLoadRecord.From)]);

    public AthleteFitness ToFitness() => new(WeeklyDistanceM, LongestRunM, new Pace(ThresholdPaceSPerKm), Vdot,
        LthrBpm is { } bpm ? new HeartRate(bpm) : null, [.. (HistoryLoads ?? []).Select(l => l.ToLoad())]);
}
