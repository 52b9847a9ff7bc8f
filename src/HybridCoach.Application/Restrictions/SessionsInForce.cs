using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Restrictions;

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
        return await DayAsync(set, planned, asOf, await InputsAsync(asOf, cancellationToken), cancellationToken);
    }

    /// <summary><paramref name="plan"/> with every session from <paramref name="asOf"/> on replaced by the one in force.</summary>
    public async Task<(SeasonPlan Plan, IReadOnlyList<DayInForce> Changed)> PlanAsync(PlanSet set, SeasonPlan plan, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(plan);
        var inputs = await InputsAsync(asOf, cancellationToken);
        var changed = new List<DayInForce>();
        foreach (var session in plan.Sessions.Where(s => s.Date >= asOf))
        {
            var day = await DayAsync(set, session, asOf, inputs, cancellationToken);
            if (day.Changed) changed.Add(day);
        }
        return (PlanRevision.Apply(plan, [.. changed.Select(d => d.ToChange())]), changed);
    }

    /// <summary>What every day's call reads once: the state as of the as-of day, the settings in force, the profile.</summary>
    private sealed record Inputs(AthleteState State, GuardrailSettings Settings, AthleteProfile? Profile);

    private async Task<Inputs> InputsAsync(DateOnly asOf, CancellationToken cancellationToken) => new(
        await states.ReadAsync(asOf, cancellationToken), await settingsResolver.ResolveAsync(cancellationToken), await athletes.GetProfileAsync(cancellationToken));

    private async Task<DayInForce> DayAsync(PlanSet set, PlannedSession planned, DateOnly asOf, Inputs inputs, CancellationToken cancellationToken)
    {
        var (call, reasons) = await CallAsync(inputs.State, planned.Date, asOf, inputs.Settings, cancellationToken);
        var inForce = SessionUnderCall.Apply(planned, call, AdjusterContexts.For(set, planned.Date, inputs.Profile));
        return new DayInForce(planned, inForce, call, reasons);
    }

    private async Task<(Recommendation Call, IReadOnlyList<string> Reasons)> CallAsync(AthleteState state, DateOnly day, DateOnly asOf,
        GuardrailSettings settings, CancellationToken cancellationToken)
    {
        var fromState = StateCall.For(state, day, settings);
        var reasons = fromState.Deciding.Select(o => o.Reason).ToList();
        if (day != asOf || await LatestCallAsync(day, cancellationToken) is not { } daily) return (fromState.Recommendation, reasons);
        var combined = RecommendationPrecedence.Combine([fromState.Recommendation, daily.Call]);
        return combined == fromState.Recommendation && fromState.Recommendation != Recommendation.Proceed ? (combined, reasons) : (combined, daily.Reasons);
    }

    private async Task<(Recommendation Call, IReadOnlyList<string> Reasons)?> LatestCallAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var latest = (await audit.ListAsync(day, day, null, cancellationToken)).OrderByDescending(r => r.Id).FirstOrDefault();
        if (latest is null || await audit.GetAsync(latest.Id, cancellationToken) is not { } record) return null;
        var call = RecommendationIds.Parse(record.Recommendation);
        // The record keeps every outcome, not decided_by: the outcomes that asked for the call, else (a combined RECOVERY_RUN) every one that fired.
        var fired = DecisionJson.ReadOutcomes(record.OutcomesJson).Where(o => o.Fired).ToList();
        var asked = fired.Where(o => o.AsksFor == record.Recommendation).ToList();
        return (call, [.. (asked.Count > 0 ? asked : fired).Select(o => o.Reason)]);
    }
}
