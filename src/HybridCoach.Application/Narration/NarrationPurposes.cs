namespace HybridCoach.Application.Narration;

/// <summary>The stable snake_case ids of <see cref="NarrationPurpose"/> used in the narration audit and JSON output.</summary>
public static class NarrationPurposes
{
    public static string ToId(this NarrationPurpose purpose) => purpose switch
    {
        NarrationPurpose.DailyExplanation => "daily_explanation",
        NarrationPurpose.PepTalk => "pep_talk",
        NarrationPurpose.WeeklySummary => "weekly_summary",
        NarrationPurpose.SessionNote => "session_note",
        NarrationPurpose.AdaptationDiff => "adaptation_diff",
        NarrationPurpose.EscalationAlert => "escalation_alert",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "unknown narration purpose"),
    };

    /// <summary>The purpose for an id; throws <see cref="ArgumentException"/> naming the id and the accepted ones.</summary>
    public static NarrationPurpose Parse(string id)
    {
        foreach (var purpose in Enum.GetValues<NarrationPurpose>())
            if (purpose.ToId() == id) return purpose;
        throw new ArgumentException($"narration purpose '{id}': expected one of {string.Join(", ", Enum.GetValues<NarrationPurpose>().Select(p => p.ToId()))}");
    }
}
