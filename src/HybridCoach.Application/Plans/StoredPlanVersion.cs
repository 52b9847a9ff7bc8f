namespace HybridCoach.Application.Plans;

/// <summary>
/// One stored plan version as the store keeps it: the version number, when it was made (from the injected clock),
/// the active variant's id, the request JSON and each variant's plan and violations JSON (see <see cref="Records.PlanJson"/>).
/// </summary>
public sealed record StoredPlanVersion(
    long Version,
    DateTimeOffset CreatedAtUtc,
    string ActiveVariant,
    string RequestJson,
    IReadOnlyList<StoredPlanVariant> Variants);

/// <summary>One variant of a stored plan version: its id, plan JSON and the validator's violations JSON.</summary>
public sealed record StoredPlanVariant(string Variant, string PlanJson, string ViolationsJson);
