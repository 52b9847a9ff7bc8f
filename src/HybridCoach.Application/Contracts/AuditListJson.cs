namespace HybridCoach.Application.Contracts;

/// <summary>`coach audit list --json`: newest first.</summary>
public sealed record AuditListJson(int Count, IReadOnlyList<AuditSummaryJson> Decisions);
