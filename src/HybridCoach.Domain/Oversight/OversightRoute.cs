namespace HybridCoach.Domain.Oversight;

/// <summary>Who must act on a proposed change: applied automatically, suggested to the athlete, or held for the coach.</summary>
public enum OversightRoute
{
    AutoApply,
    SuggestToAthlete,
    CoachApproval,
}
