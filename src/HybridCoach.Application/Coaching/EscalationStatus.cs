namespace HybridCoach.Application.Coaching;

/// <summary>Whether the coach has seen to an escalation (ids lower-case).</summary>
public enum EscalationStatus
{
    Open,
    Acknowledged,
}
