namespace HybridCoach.Web.Api;

/// <summary>The body of <c>POST /api/plan/sessions/{date}/adjustments</c>: why the session should change (the athlete's words, kept as quoted data).</summary>
public sealed record AdjustmentInput(string? Reason);
