using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// The sessions the athlete actually has, from the as-of day on: each planned session under the call for its day
/// (<see cref="SessionUnderCall"/>). The call of a day after the as-of day is what the athlete's state says
/// (<see cref="StateCall"/>: open flags, holds, unavailable days); the as-of day's call is also the newest audited daily
/// call for it, when one was made, whichever is more protective. `coach session`, `coach plan export` and the web read
/// the plan through this, so the call, the session and the exports agree. Days before the as-of day are history and stay as planned.
/// </summary>
public sealed class SessionsInForce(ReadAthleteState states, IDecisionAuditStore audit, GuardrailSettingsResolver settingsResolver, IAthleteStore athletes)
{
    public async Task<DayInForce> ForDayAsync(PlanSet set, PlannedSession planned, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(planned);
        if (planned.Date < asOf) return new DayInForce(planned, planned, Recommendation.Proceed, []);
        var state = await states.ReadAsync(asOf, cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        var profile = await athletes.GetProfileAsync(cancellationToken);
        var (call, reasons) = await CallAsync(state, planned.Date, asOf, settings, cancellationToken);
        return Day(set, planned, call, reasons, profile);
    }

    /// <summary><paramref name="plan"/> with every session from <paramref name="asOf"/> on replaced by the one in force.</summary>
    public async Task<(SeasonPlan Plan, IReadOnlyList<DayInForce> Changed)> PlanAsync(PlanSet set, SeasonPlan plan, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(plan);
        var state = await states.ReadAsync(asOf, cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        var profile = await athletes.GetProfileAsync(cancellationToken);
        var changed = new List<DayInForce>();
        foreach (var session in plan.Sessions.Where(s => s.Date >= asOf))
        {
            var (call, reasons) = await CallAsync(state, session.Date, asOf, settings, cancellationToken);
            if (call == Recommendation.Proceed) continue;
            var day = Day(set, session, call, reasons, profile);
            if (day.Changed) changed.Add(day);
        }
        var changes = changed.Select(d => new PlanChange(d.Planned.Date, d.Planned, d.InForce, ChangeKinds.Of(d.Planned, d.InForce), $"the day's call is {d.Call.ToId()}"));
        return (PlanRevision.Apply(plan, [.. changes]), changed);
    }

    private static DayInForce Day(PlanSet set, PlannedSession planned, Recommendation call, IReadOnlyList<string> reasons, Domain.Athletes.AthleteProfile? profile)
    {
        var inForce = SessionUnderCall.Apply(planned, call, AdjusterContexts.For(set, planned.Date, profile));
        return new DayInForce(planned, inForce, call, reasons);
    }

    private async Task<(Recommendation Call, IReadOnlyList<string> Reasons)> CallAsync(Domain.Restrictions.AthleteState state, DateOnly day, DateOnly asOf,
        GuardrailSettings settings, CancellationToken cancellationToken)
    {
        var fromState = StateCall.For(state, day, settings);
        var reasons = fromState.Fired.Where(o => fromState.DecidedBy.Contains(o.Id)).Select(o => o.Reason).ToList();
        if (day != asOf || await LatestCallAsync(day, cancellationToken) is not { } daily) return (fromState.Recommendation, reasons);
        var combined = RecommendationPrecedence.Combine([fromState.Recommendation, daily.Call]);
        return combined == fromState.Recommendation && fromState.Recommendation != Recommendation.Proceed ? (combined, reasons) : (combined, daily.Reasons);
    }

    private async Task<(Recommendation Call, IReadOnlyList<string> Reasons)?> LatestCallAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var latest = (await audit.ListAsync(day, day, null, cancellationToken)).OrderByDescending(r => r.Id).FirstOrDefault();
        if (latest is null || await audit.GetAsync(latest.Id, cancellationToken) is not { } record) return null;
        var call = RecommendationIds.Parse(record.Recommendation);
        var fired = DecisionJson.ReadOutcomes(record.OutcomesJson).Where(o => o.Fired && o.AsksFor == record.Recommendation).Select(o => o.Reason).ToList();
        return (call, fired);
    }
}
