using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>One row of an activity list: the stored id, the summary and where it came from.</summary>
public sealed record ActivityListItem(long Id, ActivitySummary Summary, ActivitySource Source);
