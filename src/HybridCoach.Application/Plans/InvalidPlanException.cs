using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// A plan that would break a safety invariant was not stored: the action, the variant and every violation by
/// invariant id with its figures. An invalid-input error (the CLI exits 1 with the message).
/// </summary>
public sealed class InvalidPlanException(string action, string variant, IReadOnlyList<PlanViolation> violations)
    : ArgumentException(Describe(action, variant, violations))
{
    /// <summary>At most this many violations are named in the message (all are in <see cref="Violations"/>).</summary>
    public const int Named = 3;

    public IReadOnlyList<PlanViolation> Violations { get; } = violations;

    private static string Describe(string action, string variant, IReadOnlyList<PlanViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var named = string.Join("; ", violations.Take(Named).Select(v => $"{v.InvariantId}: {v.Message}"));
        var more = violations.Count > Named ? $"; and {violations.Count - Named} more (see `coach plan validate`)" : "";
        return $"{action}: the {variant} plan would break {violations.Count} invariant check(s), so nothing was stored — {named}{more}";
    }
}
