using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>One variant's plan with the validator's violations of it (empty when it holds).</summary>
public sealed record GeneratedPlan(SeasonPlan Plan, IReadOnlyList<PlanViolation> Violations)
{
    public PlanVariant Variant => Plan.Variant;
}
