using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>One microcycle: index from 1, phase, first and last day, focus, whether it is a recovery microcycle, planned totals and every day.</summary>
public sealed record MicrocycleJson(
    int Index,
    string Phase,
    string Start,
    string End,
    string Focus,
    bool Recovery,
    double PlannedDistanceM,
    double PlannedDurationS,
    int HardSessions,
    IReadOnlyList<PlanDayJson> Days)
{
    public static MicrocycleJson From(Microcycle m, DistanceUnit units) => new(m.Index, m.Phase.ToId(), RecoverySignalsJson.DateText(m.Start),
        RecoverySignalsJson.DateText(m.End), m.Focus, m.Recovery, m.PlannedDistanceM, m.PlannedDurationS, m.HardSessions,
        [.. m.Days.Select(d => PlanDayJson.From(d, units))]);
}
