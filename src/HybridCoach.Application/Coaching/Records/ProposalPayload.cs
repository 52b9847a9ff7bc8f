namespace HybridCoach.Application.Coaching.Records;

/// <summary>
/// What applying a proposal does: the plan version and variant it was made against, the whole adapted plan
/// (<see cref="Plans.Records.SeasonPlanRecord"/> JSON; used when the plan has not moved on since), and the per-day
/// changes (applied day by day onto a newer version otherwise). Source says where it came from (checkin, adjustment);
/// <see cref="AdjustmentId"/> links a held session adjustment; <see cref="AddedRace"/> is a race the change adds to the plan's request;
/// <see cref="Generated"/> is a whole regenerated plan (all three variants and its request) that replaces the plan when approved.
/// </summary>
public sealed record ProposalPayload(string Source, long BaseVersion, string Variant, string? PlanJson, IReadOnlyList<PlanChangeRecord> Changes, long? AdjustmentId,
    AddedRaceRecord? AddedRace = null, Plans.StoredPlanVersion? Generated = null);
