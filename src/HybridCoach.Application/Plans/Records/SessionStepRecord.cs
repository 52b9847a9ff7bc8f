using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored session step; repeat blocks keep their children.</summary>
public sealed record SessionStepRecord(
    StepKind Kind,
    double? DistanceM,
    double? DurationS,
    double? PaceFastSPerKm,
    double? PaceSlowSPerKm,
    string? ZoneId,
    string Description,
    int Repeats,
    IReadOnlyList<SessionStepRecord> Children)
{
    public static SessionStepRecord From(SessionStep s) => new(s.Kind, s.DistanceM, s.DurationS, s.Pace?.Fast.SecondsPerKilometer,
        s.Pace?.Slow.SecondsPerKilometer, s.ZoneId, s.Description, s.Repeats, [.. s.Children.Select(From)]);

    public SessionStep ToStep() => new(Kind, DistanceM, DurationS,
        PaceFastSPerKm is { } fast && PaceSlowSPerKm is { } slow ? new PaceRange(new Pace(fast), new Pace(slow)) : null,
        ZoneId, Description, Repeats, [.. (Children ?? []).Select(c => c.ToStep())]);
}
