using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>One of an activity's loads in `coach activity show --json`: the measure id, the value (null when
/// unavailable) with its formula id and derivation, or the reason it is unavailable.</summary>
public sealed record ActivityLoadJson(string Measure, double? Value, string? FormulaId, string? Derivation, string? UnavailableReason)
{
    public static ActivityLoadJson From(MeasuredLoad load) => new(
        load.Measure.ToId(), load.Value?.Value, load.Value?.FormulaId, load.Value?.Derivation, load.UnavailableReason);
}
