using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan generate` use case: builds the request (<see cref="BuildPlanRequest"/>), generates the three
/// variants (<see cref="SeasonPlanner.GenerateAll"/>), runs the validator on each — a variant that breaks an
/// invariant stops the generation with the violations named and nothing stored (<see cref="PlanVersionGuard"/>) — and stores them as a new plan version with the chosen variant active (moderate unless
/// asked otherwise), its time from the injected clock. A plan that replaces another goes through the coach's
/// oversight first (Coaching.RegeneratePlan); this stores at once.
/// </summary>
public sealed class GeneratePlans(BuildPlanRequest requests, IPlanStore store, TimeProvider clock)
{
    public async Task<PlanSet> GenerateAsync(PlanOptions options, CancellationToken cancellationToken = default)
    {
        var set = Generate(await requests.BuildAsync(options, cancellationToken), options.Variant ?? PlanOptions.DefaultVariant);
        var version = await store.AddAsync(set.ToStored(), cancellationToken);
        return set with { Version = version };
    }

    /// <summary>The three variants for <paramref name="request"/>, each validated (refused when one breaks an invariant); not stored (version 0).</summary>
    public PlanSet Generate(PlanRequest request, PlanVariant active)
    {
        ArgumentNullException.ThrowIfNull(request);
        var variants = SeasonPlanner.GenerateAll(request)
            .Select(plan => new GeneratedPlan(plan, PlanValidator.Validate(plan, request))).ToList();
        foreach (var variant in variants) PlanVersionGuard.Require(variant.Plan, variant.Violations, null, "plan generate");
        return new PlanSet(0, clock.GetUtcNow(), active, request, variants);
    }
}
