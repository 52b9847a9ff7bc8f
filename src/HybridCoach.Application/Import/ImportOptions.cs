namespace HybridCoach.Application.Import;

/// <summary>How to import: <see cref="Salvage"/> is passed to the readers (keep what decodes before a fault).</summary>
public sealed record ImportOptions(bool Salvage = false, ImportLimits? Limits = null)
{
    public static ImportOptions Default { get; } = new();

    public ImportLimits EffectiveLimits => Limits ?? ImportLimits.Default;
}
