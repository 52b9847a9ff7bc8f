namespace HybridCoach.Application.Decisions;

/// <summary>
/// One field of one guardrail's outcome that a replay changed: <c>fired</c>, <c>evaluated</c>, <c>asks_for</c>,
/// <c>reason</c>, <c>observed.KEY</c>, <c>thresholds.KEY</c>, or <c>guardrail</c> when the guardrail is new or gone.
/// Values are as text (numbers in their round-trip form); null where the side has no such field.
/// </summary>
public sealed record OutcomeDifference(string GuardrailId, string Field, string? Recorded, string? Replayed);
