using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach guardrails set --json`: the setting, the athlete's value for it and the note given.</summary>
public sealed record GuardrailOverrideJson(string SettingId, double Value, string? Note)
{
    public static GuardrailOverrideJson From(GuardrailOverride stored) => new(stored.SettingId, stored.Value, stored.Note);
}
