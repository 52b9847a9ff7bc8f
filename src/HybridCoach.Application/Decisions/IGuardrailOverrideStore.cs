namespace HybridCoach.Application.Decisions;

/// <summary>The athlete's guardrail threshold overrides, one per setting id. Each write is one transaction.</summary>
public interface IGuardrailOverrideStore
{
    /// <summary>Every override, by setting id.</summary>
    Task<IReadOnlyList<GuardrailOverride>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets (or replaces) the override of its setting.</summary>
    Task SetAsync(GuardrailOverride value, CancellationToken cancellationToken = default);

    /// <summary>Removes the override of a setting; false when it had none.</summary>
    Task<bool> RemoveAsync(string settingId, CancellationToken cancellationToken = default);
}
