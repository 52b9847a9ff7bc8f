using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// The one place that says what is in force for the athlete on a day (<see cref="AthleteState"/>): medical red flags
/// and pain reports the coach has not cleared, the coach's holds that reach the day or later, and the days the athlete
/// said in a check-in they cannot train from <see cref="UnavailableLookbackDays"/> before the day on. The daily call,
/// the day's session, exports and narrations all read it.
/// </summary>
public sealed class ReadAthleteState(IEscalationStore escalations, IHoldStore holds, ICheckInStore checkIns, Decisions.GuardrailSettingsResolver settingsResolver,
    Requests.ReadRequests requests)
{
    /// <summary>Unavailable days this far back still matter (the weekly-cap window of the coach_hold guardrail is shorter).</summary>
    public const int UnavailableLookbackDays = 7;

    /// <summary>What the engine reads: the state alone (no display-only data such as requests).</summary>
    public async Task<AthleteState> ReadAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await StateAsync(asOf, cancellationToken)).State;

    /// <summary>The view and the call the state alone makes for the day (<see cref="StateCall"/>), with the reasons of the guardrails behind it.</summary>
    public async Task<(AthleteStateView View, (string Recommendation, IReadOnlyList<string> Reasons) Call)> ViewWithCallAsync(DateOnly asOf,
        CancellationToken cancellationToken = default)
    {
        var view = await ViewAsync(asOf, cancellationToken);
        var decision = StateCall.For(view.State, asOf, await settingsResolver.ResolveAsync(cancellationToken));
        IReadOnlyList<string> reasons = [.. decision.Deciding.Select(o => $"{o.Id}: {o.Reason}")];
        return (view, (decision.Recommendation.ToId(), reasons));
    }

    public async Task<AthleteStateView> ViewAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var (state, shown) = await StateAsync(asOf, cancellationToken);
        return new AthleteStateView(asOf, state, shown, await requests.RecentAsync(asOf, cancellationToken));
    }

    /// <summary>The state in force and the stored holds behind it (with who placed them).</summary>
    private async Task<(AthleteState State, IReadOnlyList<StoredHold> Holds)> StateAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var flags = (await escalations.ListFlagsInForceAsync(asOf, cancellationToken)).Select(FlagKinds.ToFlag).ToList();
        var stored = await holds.ListAsync(cancellationToken);
        var inForce = stored.Select(h => h.AsOf(asOf)).OfType<CoachHold>().Where(h => h.Until is null || h.Until >= asOf).ToList();
        var weeks = await checkIns.ListAsync(asOf, cancellationToken);
        var unavailable = weeks.SelectMany(c => CoachingJson.ReadRequest(c.RequestJson).UnavailableDays)
            .Where(d => d >= asOf.AddDays(-UnavailableLookbackDays)).ToList();
        var shown = stored.Where(h => inForce.Any(f => f.Id == h.Hold.Id)).ToList();
        return (new AthleteState(flags, inForce, unavailable).Canonical(), shown);
    }
}
