namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan versions --json`: every stored plan version, oldest first.</summary>
public sealed record PlanVersionsJson(int VersionCount, IReadOnlyList<PlanVersionJson> Versions);
