using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>The week against the plan: planned sessions (rest days excluded), done, partial, missed, replaced, planned running distance and the missed key sessions' titles.</summary>
public sealed record WeekComplianceJson(int PlannedSessions, int Done, int Partial, int Missed, int Replaced, double PlannedDistanceM,
    IReadOnlyList<string> MissedKeySessions)
{
    public static WeekComplianceJson From(WeekPlanCompliance c) => new(c.Planned, c.Done, c.Partial, c.Missed, c.Replaced, c.PlannedDistanceM, c.MissedKeySessions);
}
