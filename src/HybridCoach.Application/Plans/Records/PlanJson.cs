using System.Text.Json;
using System.Text.Json.Serialization;
using HybridCoach.Application.Json;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>
/// The JSON of a stored plan version's request, plans and violations: explicit records, snake_case names, enums
/// by snake_case name, doubles in their shortest round-trip form, so reading a plan back gives the values it was
/// generated with. A column that cannot be read throws a <see cref="FormatException"/> naming it.
/// </summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = SnakeCaseEnumConverters.AddTo(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = PlanJsonContext.Default,
    }, allowIntegerValues: false);

    public static string Request(PlanRequest request) => JsonTypes.Serialize(PlanRequestRecord.From(request), Options);

    public static string Plan(SeasonPlan plan) => JsonTypes.Serialize(SeasonPlanRecord.From(plan), Options);

    public static string Violations(IEnumerable<PlanViolation> violations) =>
        JsonTypes.Serialize(violations.Select(PlanViolationRecord.From).ToArray(), Options);

    public static PlanRequest ReadRequest(string json) => Read<PlanRequestRecord>(json, "request_json").ToRequest();

    public static SeasonPlan ReadPlan(string json) => Read<SeasonPlanRecord>(json, "plan_json").ToPlan();

    public static IReadOnlyList<PlanViolation> ReadViolations(string json) =>
        [.. Read<PlanViolationRecord[]>(json, "violations_json").Select(v => v.ToViolation())];

    private static T Read<T>(string json, string column)
    {
        try
        {
            return JsonTypes.Deserialize<T>(json, Options) ?? throw new FormatException($"plan {column}: empty");
        }
        catch (JsonException error)
        {
            throw new FormatException($"plan {column}: not readable ({error.Message})", error);
        }
    }
}
