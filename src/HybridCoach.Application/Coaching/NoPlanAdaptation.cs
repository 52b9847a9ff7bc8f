using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The stand-in <see cref="IPlanAdaptation"/> until plan matching and adaptation are wired: nothing matched, nothing
/// adapted (every session upcoming). Check-ins are still stored and escalated.
/// </summary>
public sealed class NoPlanAdaptation : IPlanAdaptation
{
    public Task<PlanActuals> MatchAsync(SeasonPlan plan, PlanRequest request, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PlanActuals(asOf, [], [], []));

    public Task<AdaptationResult> AdaptAsync(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals, DateOnly today,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(new AdaptationResult(plan, [], []));
}
