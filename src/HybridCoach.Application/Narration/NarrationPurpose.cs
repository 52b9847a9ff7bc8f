namespace HybridCoach.Application.Narration;

/// <summary>What the narration is for: the daily explanation of `coach today`, or the on-request pre-session pep talk.</summary>
public enum NarrationPurpose
{
    DailyExplanation,
    PepTalk,
}
