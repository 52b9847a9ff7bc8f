using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;

namespace HybridCoach.Application.Contracts;

/// <summary>One step of a planned day: kind, distance or time, the exact pace band in s/km and as text in the athlete's units, zone, cue; repeat blocks hold their steps.</summary>
public sealed record PlanStepJson(
    string Kind,
    double? DistanceM,
    double? DurationS,
    double? PaceFastSPerKm,
    double? PaceSlowSPerKm,
    string? Pace,
    string? Zone,
    string Description,
    int Repeats,
    IReadOnlyList<PlanStepJson> Steps)
{
    public static PlanStepJson From(SessionStep s, DistanceUnit units) => new(KindId(s.Kind), s.DistanceM, s.DurationS,
        s.Pace?.Fast.SecondsPerKilometer, s.Pace?.Slow.SecondsPerKilometer, s.Pace is { } p ? PrescriptionFormat.Pace(p, units) : null,
        s.ZoneId, s.Description, s.Repeats, [.. s.Children.Select(c => From(c, units))]);

    private static string KindId(StepKind kind) => kind switch
    {
        StepKind.WarmUp => "warm_up",
        StepKind.CoolDown => "cool_down",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
