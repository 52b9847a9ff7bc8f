namespace HybridCoach.Application.Narration;

/// <summary>
/// What a narration is for (issue 7, "where narratives appear"): the daily explanation of `coach today`, the
/// on-request pre-session pep talk, the weekly summary (what changed, why, what next), a planned session's coaching
/// note, the explanation of a plan adaptation's diff, and an escalation alert for the coach.
/// </summary>
public enum NarrationPurpose
{
    DailyExplanation,
    PepTalk,
    WeeklySummary,
    SessionNote,
    AdaptationDiff,
    EscalationAlert,
}
