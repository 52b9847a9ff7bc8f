namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan validate --json`: the version and variant checked, whether it holds, the violation count and every invariant.</summary>
public sealed record PlanValidateJson(long Version, string Variant, bool Valid, int ViolationCount, IReadOnlyList<InvariantResultJson> Invariants);
