namespace HybridCoach.Application.Contracts;

/// <summary>`coach guardrails --json`: every guardrail id (catalogue order), every setting, and the hash of the settings in force.</summary>
public sealed record GuardrailsJson(IReadOnlyList<string> Guardrails, IReadOnlyList<GuardrailSettingJson> Settings, string SettingsHash);
