using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// The session the day's call allows in place of the planned one — same or less load, never harder
/// (<see cref="NeverHarder"/>; product rule from the guardrails design: the call acts on the session, so the call,
/// the session and the exports never disagree). By call: PROCEED and NEEDS_MORE_DATA keep the session;
/// REDUCE_INTENSITY turns anything faster than easy (quality sessions, strides) into easy running of the same time;
/// REDUCE_VOLUME keeps the session at <see cref="ReduceVolumeFraction"/> of it; RECOVERY_RUN is a z1 run of
/// <see cref="SessionAdjuster.TiredFraction"/> of the time, at most <see cref="SessionAdjuster.TiredMaxS"/> (a
/// recovery run already within that stays); CROSS_TRAIN_OR_REST swaps running and strength for low-impact
/// cross-training of no more load; FULL_REST is rest. A candidate that is not easier falls back to rest.
/// </summary>
public static class SessionUnderCall
{
    /// <summary>What REDUCE_VOLUME keeps of the session (product rule, as the adjuster's "short on time" default).</summary>
    public const double ReduceVolumeFraction = SessionAdjuster.ShortFraction;

    /// <summary>The replacement for <paramref name="planned"/> under <paramref name="call"/>, or the planned session itself when the call allows it.</summary>
    public static PlannedSession Apply(PlannedSession planned, Recommendation call, AdjusterContext context)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(context);
        if (planned.Type == SessionType.Rest || AlreadyUnder(planned) is { } before && RecommendationPrecedence.Rank(before) >= RecommendationPrecedence.Rank(call))
            return planned;
        var kit = new SessionAdjusterCandidates(context);
        var maxLoad = PlannedLoad.Of(planned, kit.ThresholdSPerKm);
        var date = planned.Date;
        var why = call == Recommendation.FullRest ? "no training today" : "no running today, and nothing easier fits";
        var candidate = call switch
        {
            Recommendation.Proceed or Recommendation.NeedsMoreData => planned,
            Recommendation.ReduceIntensity => Faster(planned, context) ? kit.Easy(date, planned.DurationS, maxLoad) : planned,
            Recommendation.ReduceVolume => kit.Shortened(planned, ReduceVolumeFraction),
            Recommendation.RecoveryRun => Recovery(planned, kit, maxLoad),
            Recommendation.CrossTrainOrRest => planned.Type == SessionType.CrossTraining ? planned : kit.CrossTraining(date, planned.DurationS, maxLoad),
            _ => null,
        } ?? SessionAdjusterCandidates.Rest(date, why);
        if (ReferenceEquals(candidate, planned)) return planned;
        var allowed = NeverHarder.Check(planned, candidate, context.ThresholdPace).Passed ? candidate : SessionAdjusterCandidates.Rest(date, why);
        return allowed with { Purpose = allowed.Purpose + Marker(call) };
    }

    /// <summary>How a session changed by a call ends its purpose, so the same call never changes it twice (a REDUCE_VOLUME is not cut again).</summary>
    public static string Marker(Recommendation call) => $" {MarkerPrefix}{Words(call)})";

    private const string MarkerPrefix = "(changed by the day's call: ";

    /// <summary>The call a session was already changed for, from its purpose; null when no call changed it.</summary>
    public static Recommendation? AlreadyUnder(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var at = session.Purpose.LastIndexOf(MarkerPrefix, StringComparison.Ordinal);
        if (at < 0 || !session.Purpose.EndsWith(')')) return null;
        var words = session.Purpose[(at + MarkerPrefix.Length)..^1];
        return Enum.GetValues<Recommendation>().Select(r => (Recommendation?)r).FirstOrDefault(r => Words(r!.Value) == words);
    }

    /// <summary>The call in plain lower-case words ("full rest"): a session's text names no call id.</summary>
    public static string Words(Recommendation call) => call.ToId().ToLowerInvariant().Replace('_', ' ');

    private static PlannedSession? Recovery(PlannedSession planned, SessionAdjusterCandidates kit, double maxLoad)
    {
        var seconds = Math.Min(planned.DurationS * SessionAdjuster.TiredFraction, SessionAdjuster.TiredMaxS);
        if (planned.Type == SessionType.Recovery && planned.DurationS <= SessionAdjuster.TiredMaxS) return planned;
        return planned.Type.IsRunning() ? kit.Recovery(planned.Date, seconds, maxLoad) : kit.CrossTraining(planned.Date, seconds, maxLoad);
    }

    /// <summary>Anything paced above the easy zones (z3 and up), strides included.</summary>
    private static bool Faster(PlannedSession planned, AdjusterContext context) =>
        planned.Hard || NeverHarderMeasures.Of(planned, context.ThresholdPace).TopZone > 2;
}
