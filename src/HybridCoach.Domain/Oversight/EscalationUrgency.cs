namespace HybridCoach.Domain.Oversight;

/// <summary>
/// How urgent each escalation is, 1 = most (product rule): possible medical problems and pain first (they stop
/// training until assessed), then a physiological warning (resting HR), then training going wrong (missed key
/// sessions, repeated soreness), then the athlete's state of mind and life (motivation, life stress).
/// </summary>
public static class EscalationUrgency
{
    public const int MedicalRedFlag = 1;
    public const int PainFlag = 1;
    public const int RestingHrAnomaly = 2;
    public const int MissedKeySessions = 3;
    public const int RepeatedSoreness = 3;
    public const int FallingMotivation = 4;
    public const int MajorLifeStressor = 4;

    public static int Of(EscalationKind kind) => kind switch
    {
        EscalationKind.MedicalRedFlag => MedicalRedFlag,
        EscalationKind.PainFlag => PainFlag,
        EscalationKind.RestingHrAnomaly => RestingHrAnomaly,
        EscalationKind.MissedKeySessions => MissedKeySessions,
        EscalationKind.RepeatedSoreness => RepeatedSoreness,
        EscalationKind.FallingMotivation => FallingMotivation,
        EscalationKind.MajorLifeStressor => MajorLifeStressor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown escalation kind"),
    };
}
