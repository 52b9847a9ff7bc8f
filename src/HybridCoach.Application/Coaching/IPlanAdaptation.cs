using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The one door from the coaching use cases to plan matching and adaptation (the domain's PlanMatcher and
/// PlanAdapter): how the plan went as of a day, and the adapted remaining plan after a check-in. Implementations
/// read what they need besides the plan (activities, injuries) from the athlete's stores.
/// </summary>
public interface IPlanAdaptation
{
    /// <summary>Planned versus actual as of <paramref name="asOf"/>.</summary>
    Task<PlanActuals> MatchAsync(SeasonPlan plan, PlanRequest request, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>The adapted plan with its per-session changes and reasons (no changes: nothing to adapt), by <paramref name="rules"/> (default: every rule).</summary>
    Task<AdaptationResult> AdaptAsync(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals, DateOnly today,
        CancellationToken cancellationToken = default, IReadOnlyList<IAdaptationRule>? rules = null);
}
