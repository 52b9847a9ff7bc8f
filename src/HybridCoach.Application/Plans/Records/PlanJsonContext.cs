using System.Text.Json.Serialization;
using HybridCoach.Application.Coaching.Records;

namespace HybridCoach.Application.Plans.Records;

/// <summary>
/// The source-generated metadata of the plan and coaching JSON columns (no reflection at run time). The options
/// match <see cref="PlanJson.Options"/>; enums are written by name through <see cref="Json.SnakeCaseEnumConverters"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PlanRequestRecord))]
[JsonSerializable(typeof(SeasonPlanRecord))]
[JsonSerializable(typeof(PlanViolationRecord[]))]
[JsonSerializable(typeof(MicrocycleRecord))]
[JsonSerializable(typeof(NiggleRecord[]))]
[JsonSerializable(typeof(AdjustmentRequestRecord))]
[JsonSerializable(typeof(PlannedSessionRecord))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ProposalPayload))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
