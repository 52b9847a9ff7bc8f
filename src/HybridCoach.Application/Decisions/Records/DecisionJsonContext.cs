using System.Text.Json.Serialization;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>
/// The source-generated metadata of the audit record's JSON columns (no reflection at run time, so a natively
/// compiled coach reads and writes them). The options match <see cref="DecisionJson.Options"/>, so the bytes on file
/// — and with them the hash chain — are the ones the reflection-based serialiser wrote before.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SnapshotRecord))]
[JsonSerializable(typeof(OutcomeRecord[]))]
[JsonSerializable(typeof(SettingsRecord))]
internal sealed partial class DecisionJsonContext : JsonSerializerContext;
