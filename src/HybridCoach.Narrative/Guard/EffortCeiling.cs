using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// The hardest a narration may suggest: the effort rules of a call (<see cref="EffortPhrases"/>), the text of what
/// the subject itself plans (hard words it holds are allowed, as PROCEED allows the planned session's), and the
/// name the guard's verdict uses ("harder than REDUCE_INTENSITY allows", "harder than the week ahead allows").
/// </summary>
public sealed record EffortCeiling(Recommendation Call, string? AllowedText, string Name)
{
    /// <summary>The daily call's ceiling: the call itself, and on PROCEED the planned session's text.</summary>
    public static EffortCeiling Of(Recommendation call, string? plannedSession) => new(call, plannedSession, call.ToId());

    /// <summary>A subject that plans sessions: nothing hard beyond what <paramref name="plannedText"/> holds.</summary>
    public static EffortCeiling Plan(string plannedText, string name) => new(Recommendation.Proceed, plannedText, name);

    /// <summary>A subject that plans nothing (an escalation alert): no hard running suggested at all.</summary>
    public static EffortCeiling NothingHard(string name) => new(Recommendation.ReduceIntensity, null, name);
}
