using System.Text.Json;
using System.Text.Json.Serialization;
using HybridCoach.Application.Json;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>
/// The JSON of the audit record's snapshot, outcomes and settings columns: snake_case names, compact, doubles
/// written in their shortest round-trip form (System.Text.Json's default), so reading a record back gives
/// exactly the values decided on. A record that cannot be read throws a <see cref="FormatException"/> naming the column.
/// </summary>
public static class DecisionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = DecisionJsonContext.Default,
    };

    public static string Snapshot(DecisionSnapshot snapshot) => JsonTypes.Serialize(SnapshotRecord.From(snapshot), Options);

    public static string Outcomes(IEnumerable<GuardrailOutcome> outcomes) =>
        JsonTypes.Serialize(outcomes.Select(OutcomeRecord.From).ToArray(), Options);

    public static string Settings(GuardrailSettings settings) => JsonTypes.Serialize(SettingsRecord.From(settings), Options);

    public static DecisionSnapshot ReadSnapshot(string json) => Read<SnapshotRecord>(json, "snapshot_json").ToSnapshot();

    public static IReadOnlyList<OutcomeRecord> ReadOutcomes(string json) => Read<OutcomeRecord[]>(json, "outcomes_json");

    public static SettingsRecord ReadSettings(string json) => Read<SettingsRecord>(json, "settings_json");

    private static T Read<T>(string json, string column)
    {
        try
        {
            return JsonTypes.Deserialize<T>(json, Options) ?? throw new FormatException($"audit {column}: empty");
        }
        catch (JsonException error)
        {
            throw new FormatException($"audit {column}: not readable ({error.Message})", error);
        }
    }
}
