using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// `coach guardrails set|unset`: validates an override against the catalogue (unknown ids and values out of
/// bounds are refused with the setting's name and range) and stores it under its canonical id.
/// </summary>
public sealed class GuardrailOverrides(IGuardrailOverrideStore store, TimeProvider clock)
{
    public async Task<GuardrailOverride> SetAsync(string settingId, double value, string? note, CancellationToken cancellationToken = default)
    {
        var checkedSettings = GuardrailCatalog.DefaultSettings.WithOverrides(new Dictionary<string, double> { [settingId] = value });
        var canonical = checkedSettings.Overrides.Keys.Single();
        var stored = new GuardrailOverride(canonical, value, clock.GetUtcNow(), note);
        await store.SetAsync(stored, cancellationToken);
        return stored;
    }

    /// <summary>Removes an override; throws naming the id when it has none.</summary>
    public async Task UnsetAsync(string settingId, CancellationToken cancellationToken = default)
    {
        var key = (settingId ?? "").Trim().ToLowerInvariant();
        if (!await store.RemoveAsync(key, cancellationToken))
            throw new Errors.NotFoundException($"guardrail setting '{settingId}': has no override (see `coach guardrails`)");
    }
}
