using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Tests.Coaching;

/// <summary>A fake <see cref="IPlanAdaptation"/>: nothing matched, the changes a test scripts applied to the plan, and any rules it scripts as blocked.</summary>
internal sealed class ScriptedAdaptation : IPlanAdaptation
{
    public Func<SeasonPlan, IReadOnlyList<PlanChange>> Changes { get; set; } = _ => [];

    /// <summary>The rules the scripted adaptation reports as blocked (fired, but every attempt broke an invariant).</summary>
    public IReadOnlyList<BlockedRule> Blocked { get; set; } = [];

    public Task<PlanActuals> MatchAsync(SeasonPlan plan, PlanRequest request, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PlanActuals(asOf, [], [], []));

    public Task<AdaptationResult> AdaptAsync(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals, DateOnly today,
        CancellationToken cancellationToken = default, IReadOnlyList<IAdaptationRule>? rules = null)
    {
        var changes = Changes(plan);
        return Task.FromResult(new AdaptationResult(PlanRevision.Apply(plan, changes, request), changes, [], Blocked));
    }
}
