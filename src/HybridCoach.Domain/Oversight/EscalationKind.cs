namespace HybridCoach.Domain.Oversight;

/// <summary>Why the coach is alerted (ids snake_case of the names).</summary>
public enum EscalationKind
{
    RepeatedSoreness,
    FallingMotivation,
    MissedKeySessions,
    RestingHrAnomaly,
    MajorLifeStressor,
    PainFlag,
    MedicalRedFlag,
}
