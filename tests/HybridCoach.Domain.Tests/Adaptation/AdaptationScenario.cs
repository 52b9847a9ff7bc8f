using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Tests.Planning;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>
/// A real generated plan to adapt: a half marathon 16 weeks from Monday 2026-01-05, 40 km a week, threshold
/// 4:30/km, moderate variant (<see cref="PlanRequests"/>), and check-ins and actuals to go with it.
/// </summary>
internal static class AdaptationScenario
{
    public static readonly PlanRequest Request = PlanRequests.For(PlanRequests.Half, 16);
    public static readonly SeasonPlan Plan = SeasonPlanner.Generate(Request, PlanVariant.Moderate);
    public const double ThresholdSPerKm = 270;

    public static CheckIn CheckIn(int effort = 5, int fatigue = 4, IReadOnlyList<Niggle>? niggles = null, AdjustmentRequest? request = null) =>
        new(PlanRequests.Start, effort, fatigue, niggles ?? [], null, request ?? AdjustmentRequest.None);

    /// <summary>Every session up to <paramref name="asOf"/> done exactly as planned, at planned load × <paramref name="loadFactor"/>
    /// and distance × <paramref name="distanceFactor"/>.</summary>
    public static IReadOnlyList<ActivityFact> AsPlanned(DateOnly asOf, double distanceFactor = 1, double loadFactor = 1) =>
        Plan.Sessions.Where(s => s.Date <= asOf && s.Type != SessionType.Rest && s.Type != SessionType.Strength)
            .Select((s, i) => new ActivityFact(i + 1, s.Date, s.Type.IsRunning() ? Sport.Running : Sport.Cycling,
                s.DistanceM * distanceFactor, s.DurationS * distanceFactor, PlannedLoad.Of(s, ThresholdSPerKm) * loadFactor, s.Hard))
            .ToList();

    public static AdaptationResult Adapt(DateOnly today, CheckIn checkIn, IReadOnlyList<ActivityFact>? actual = null,
        IReadOnlyList<Injury>? injuries = null)
    {
        var actuals = PlanMatcher.Match(Plan, actual ?? AsPlanned(today), today, ThresholdSPerKm);
        return PlanAdapter.Adapt(Plan, Request, checkIn, actuals, injuries ?? [], today);
    }

    public static Microcycle CycleStarting(DateOnly start) => Plan.Microcycles.Single(c => c.Start == start);
}
