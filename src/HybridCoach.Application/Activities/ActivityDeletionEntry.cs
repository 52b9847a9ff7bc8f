namespace HybridCoach.Application.Activities;

/// <summary>One recorded delete or restore of an activity: what, why and when (UTC).</summary>
public sealed record ActivityDeletionEntry(long ActivityId, string Action, string Reason, DateTimeOffset AtUtc);
