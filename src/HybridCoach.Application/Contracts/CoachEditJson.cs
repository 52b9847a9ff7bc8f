using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan edit|move|swap|cancel --json`: the plan version stored, each changed day and the days now locked against automatic change.</summary>
public sealed record CoachEditJson(long Version, IReadOnlyList<PlanChangeJson> Changes, IReadOnlyList<string> Locked)
{
    public static CoachEditJson From(CoachEditResult r) =>
        new(r.Version, [.. r.Changes.Select(c => PlanChangeJson.From(c, r.Units))], [.. r.Locked.Select(RecoverySignalsJson.DateText)]);
}
