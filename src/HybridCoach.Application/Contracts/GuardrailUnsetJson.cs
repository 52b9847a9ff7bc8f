namespace HybridCoach.Application.Contracts;

/// <summary>`coach guardrails unset --json`: the setting whose override was removed.</summary>
public sealed record GuardrailUnsetJson(string? Unset);
