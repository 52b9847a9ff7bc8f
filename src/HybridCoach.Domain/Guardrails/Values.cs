namespace HybridCoach.Domain.Guardrails;

/// <summary>Short builders for the observed-value and threshold maps of a <see cref="GuardrailOutcome"/>.</summary>
public static class Values
{
    public static IReadOnlyDictionary<string, double?> Observed(params (string Key, double? Value)[] values)
    {
        var map = new Dictionary<string, double?>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values) map.Add(key, value);
        return map;
    }

    public static IReadOnlyDictionary<string, double> Thresholds(params (string Key, double Value)[] values)
    {
        var map = new Dictionary<string, double>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values) map.Add(key, value);
        return map;
    }
}
