namespace HybridCoach.Application.Restrictions;

/// <summary>The coach's clearance of a flag (alert <c>eN</c>): who cleared it, why, the first day it no longer applies, and when it was recorded.</summary>
public sealed record StoredClearance(long EscalationId, string ClearedBy, string Reason, DateOnly ClearedOn, DateTimeOffset ClearedAtUtc);
