using HybridCoach.Application.Activities;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach activity delete --json`: the activity, delete or restore, why, and when (UTC).</summary>
public sealed record ActivityDeletionJson(long ActivityId, string Action, string Reason, DateTimeOffset AtUtc)
{
    public static ActivityDeletionJson From(ActivityDeletionEntry entry) => new(entry.ActivityId, entry.Action, entry.Reason, entry.AtUtc);
}
