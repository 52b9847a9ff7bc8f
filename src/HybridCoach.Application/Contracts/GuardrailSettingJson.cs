namespace HybridCoach.Application.Contracts;

/// <summary>
/// One setting in `coach guardrails --json`: its guardrail, id, default, the value in force, the override (null
/// when none), source = "default" or "override", bounds, description and the citation of the default.
/// </summary>
public sealed record GuardrailSettingJson(
    string Guardrail,
    string Id,
    double Default,
    double InForce,
    double? Override,
    string Source,
    double Min,
    double Max,
    string Description,
    string Citation,
    string? OverrideNote);
