using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>The settings in force for the athlete: the catalogue's defaults with the stored overrides applied.</summary>
public sealed class GuardrailSettingsResolver(IGuardrailOverrideStore overrides)
{
    public async Task<GuardrailSettings> ResolveAsync(CancellationToken cancellationToken = default)
    {
        var stored = await overrides.ListAsync(cancellationToken);
        return GuardrailCatalog.DefaultSettings.WithOverrides(stored.ToDictionary(o => o.SettingId, o => o.Value, StringComparer.Ordinal));
    }
}
