namespace HybridCoach.Domain.Guardrails;

/// <summary>Every guardrail the engine runs, in the order outcomes are reported, and their default settings.</summary>
public static class GuardrailCatalog
{
    public static IReadOnlyList<IGuardrail> All { get; } = [.. SafetyGuardrails.All, .. LoadGuardrails.All];

    public static GuardrailSettings DefaultSettings { get; } = GuardrailSettings.Defaults(All.SelectMany(g => g.Settings));
}
