using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// What every adaptation rule reads: the plan as it was, the request (with any added race), the check-in, the
/// planned-vs-actual figures, the injury history, today (rules change only later days) and the session kit built
/// from the request (paces from the athlete's zones).
/// </summary>
public sealed record AdaptationInput(SeasonPlan Plan, PlanRequest Request, CheckIn CheckIn, PlanActuals Actuals,
    IReadOnlyList<Injury> Injuries, DateOnly Today, SessionKit Kit)
{
    public VariantSettings Settings => Plan.Settings;

    public double ThresholdSPerKm => Request.Fitness.ThresholdPace.SecondsPerKilometer;

    public IReadOnlyList<string> InjurySites => [.. Injuries.Select(i => i.Site.Trim().ToLowerInvariant()).Distinct()];

    public AdjusterContext AdjusterContext(PlanDraft draft) =>
        new(Request.Fitness.ThresholdPace, Request.Fitness.Vdot, [.. draft.Sessions], InjurySites, Request.Units);
}
