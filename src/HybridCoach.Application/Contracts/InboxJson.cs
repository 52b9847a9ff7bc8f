namespace HybridCoach.Application.Contracts;

/// <summary>`coach inbox --json`: every athlete's open alerts and pending proposals, most urgent first.</summary>
public sealed record InboxJson(int ItemCount, IReadOnlyList<InboxItemJson> Items);
