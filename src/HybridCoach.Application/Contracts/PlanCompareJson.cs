namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan compare --json`: the plan version and its three variants side by side.</summary>
public sealed record PlanCompareJson(long Version, string ActiveVariant, IReadOnlyList<VariantComparisonJson> Variants);
