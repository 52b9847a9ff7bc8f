using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The real <see cref="IPlanAdaptation"/>: the domain's <see cref="PlanMatcher"/> on the athlete's activities from
/// the plan's first day to the as-of date (loads in running-stress units, the plan's own measure, from the stored
/// per-activity loads; a session counts as hard by the one rule, <see cref="HardSessionRule"/>, read through the same
/// <see cref="Decisions.ActivityFactWindow"/> as the daily call and the weekly review), and the domain's
/// <see cref="PlanAdapter"/> with the profile's injury history.
/// </summary>
public sealed class DomainPlanAdaptation(IAthleteStore athletes, ComputeMetrics metrics, Decisions.ActivityFactWindow window) : IPlanAdaptation
{
    public async Task<PlanActuals> MatchAsync(SeasonPlan plan, PlanRequest request, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var facts = await FactsAsync(plan.Start, asOf, RaceDays(request), cancellationToken);
        return PlanMatcher.Match(plan, facts, asOf, request.Fitness.ThresholdPace.SecondsPerKilometer);
    }

    public async Task<AdaptationResult> AdaptAsync(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals, DateOnly today,
        CancellationToken cancellationToken = default, IReadOnlyList<IAdaptationRule>? rules = null)
    {
        var injuries = (await athletes.GetProfileAsync(cancellationToken))?.Injuries ?? [];
        return PlanAdapter.Adapt(plan, request, checkIn, actuals, injuries, today, rules);
    }

    private async Task<IReadOnlyList<ActivityFact>> FactsAsync(DateOnly first, DateOnly asOf, IReadOnlySet<DateOnly> raceDays, CancellationToken cancellationToken)
    {
        if (asOf < first) return [];
        var profile = AthleteLoadProfile.From(await athletes.GetProfileAsync(cancellationToken), LoadProfileOverrides.None);
        var report = await metrics.ComputeAsync(new MetricsRequest(profile, asOf, asOf, asOf, LoadMeasure.RunningStress), cancellationToken);
        return await window.ListAsync(first, asOf, report, profile, raceDays, cancellationToken);
    }

    private static HashSet<DateOnly> RaceDays(PlanRequest request) => [request.GoalRace.Date, .. request.OtherRaces.Select(r => r.Date)];
}
