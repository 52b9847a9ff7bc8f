using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>The settings a decision used: every effective value and, among them, the athlete's overrides (both sorted by id).</summary>
public sealed record SettingsRecord(IReadOnlyDictionary<string, double> Effective, IReadOnlyDictionary<string, double> Overrides)
{
    public static SettingsRecord From(GuardrailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(new SortedDictionary<string, double>(settings.Effective().ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, double>(settings.Overrides.ToDictionary(), StringComparer.Ordinal));
    }
}
