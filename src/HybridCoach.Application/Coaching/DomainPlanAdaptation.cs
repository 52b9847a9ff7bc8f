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
/// per-activity loads; a session counts as hard by its RPE — see <see cref="HardSessionRule"/>), and the domain's
/// <see cref="PlanAdapter"/> with the profile's injury history.
/// </summary>
public sealed class DomainPlanAdaptation(IAthleteStore athletes, ComputeMetrics metrics) : IPlanAdaptation
{
    public async Task<PlanActuals> MatchAsync(SeasonPlan plan, PlanRequest request, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var facts = await FactsAsync(plan.Start, asOf, cancellationToken);
        return PlanMatcher.Match(plan, facts, asOf, request.Fitness.ThresholdPace.SecondsPerKilometer);
    }

    public async Task<AdaptationResult> AdaptAsync(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var injuries = (await athletes.GetProfileAsync(cancellationToken))?.Injuries ?? [];
        return PlanAdapter.Adapt(plan, request, checkIn, actuals, injuries, today);
    }

    private async Task<IReadOnlyList<ActivityFact>> FactsAsync(DateOnly first, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (asOf < first) return [];
        var profile = AthleteLoadProfile.From(await athletes.GetProfileAsync(cancellationToken), LoadProfileOverrides.None);
        var report = await metrics.ComputeAsync(new MetricsRequest(profile, asOf, asOf, asOf, LoadMeasure.RunningStress), cancellationToken);
        return [.. report.ActivityLoads.Where(l => l.Day >= first).Select(Fact)];
    }

    private static ActivityFact Fact(ActivityLoad load)
    {
        var summary = load.Summary;
        return new ActivityFact(load.ActivityId, load.Day, summary.Sport, summary.Distance.Meters, summary.TimerTime.Seconds,
            load.Value.Value, HardSessionRule.IsHard(summary.Rpe, null, race: false));
    }
}
