using HybridCoach.Domain.Load;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for activity_loads (column names map with underscores); measure is its stable id.</summary>
internal sealed class ActivityLoadRow
{
    public string InputsKey { get; set; } = "";
    public long ActivityId { get; set; }
    public string Measure { get; set; } = "";
    public double? Value { get; set; }
    public string? FormulaId { get; set; }
    public string? Derivation { get; set; }
    public string? UnavailableReason { get; set; }

    public static ActivityLoadRow From(string inputsKey, long activityId, MeasuredLoad load) => new()
    {
        InputsKey = inputsKey,
        ActivityId = activityId,
        Measure = load.Measure.ToId(),
        Value = load.Value?.Value,
        FormulaId = load.Value?.FormulaId,
        Derivation = load.Value?.Derivation,
        UnavailableReason = load.Value is null ? load.UnavailableReason ?? "not available" : null,
    };

    public MeasuredLoad ToMeasuredLoad()
    {
        var measure = LoadMeasureIds.Parse(Measure);
        return Value is { } value
            ? MeasuredLoad.Available(new LoadValue(measure, value, FormulaId ?? "", Derivation ?? ""))
            : MeasuredLoad.Unavailable(measure, UnavailableReason ?? "not available");
    }
}
