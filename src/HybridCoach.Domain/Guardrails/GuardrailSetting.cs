namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// One tunable threshold: a stable id (<c>guardrail_id.name_unit</c>, e.g. <c>acwr_high.min_ratio</c>), its
/// default, the bounds an override must respect, a one-line description and the source of the default.
/// <see cref="PerSite"/> settings may also be overridden for one body site (<c>id.calf</c>).
/// </summary>
public sealed record GuardrailSetting(string Id, double Default, double Min, double Max, string Description, string Source, bool PerSite = false)
{
    public string Id { get; } = ValidId(Id);
    public double Default { get; } = Default >= Min && Default <= Max ? Default
        : throw new ArgumentException($"guardrail setting {Id}: default {Default} outside [{Min}, {Max}]");

    private static string ValidId(string id) =>
        !string.IsNullOrWhiteSpace(id) && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '.')
            ? id : throw new ArgumentException($"guardrail setting id '{id}': expected lower-case snake_case with dots");
}
