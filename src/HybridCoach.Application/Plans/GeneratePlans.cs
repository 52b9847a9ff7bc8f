using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan generate` use case: builds the request (<see cref="BuildPlanRequest"/>), generates the three
/// variants (<see cref="SeasonPlanner.GenerateAll"/>), runs the validator on each — a variant that breaks an
/// invariant stops the generation with the violations named and nothing stored (<see cref="PlanVersionGuard"/>) — and stores them as a new plan version with the chosen variant active (moderate unless
/// asked otherwise), its time from the injected clock.
/// </summary>
public sealed class GeneratePlans(BuildPlanRequest requests, IPlanStore store, TimeProvider clock)
{
    public async Task<PlanSet> GenerateAsync(PlanOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var request = await requests.BuildAsync(options, cancellationToken);
        var variants = SeasonPlanner.GenerateAll(request)
            .Select(plan => new GeneratedPlan(plan, PlanValidator.Validate(plan, request))).ToList();
        foreach (var variant in variants) PlanVersionGuard.Require(variant.Plan, variant.Violations, null, "plan generate");
        var set = new PlanSet(0, clock.GetUtcNow(), options.Variant ?? PlanOptions.DefaultVariant, request, variants);
        var version = await store.AddAsync(set.ToStored(), cancellationToken);
        return set with { Version = version };
    }
}
