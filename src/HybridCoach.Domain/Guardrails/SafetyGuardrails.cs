namespace HybridCoach.Domain.Guardrails;

/// <summary>The guardrails on how the athlete is (open flags, coach holds, unavailable days, pain, illness, recovery signals, races), in report order.</summary>
public static class SafetyGuardrails
{
    public static IReadOnlyList<IGuardrail> All { get; } =
    [
        new MedicalRedFlagOpenGuardrail(),
        new PainReportOpenGuardrail(),
        new CoachHoldGuardrail(),
        new UnavailableDayGuardrail(),
        new PainFlagGuardrail(),
        new IllnessGuardrail(),
        new RestingHeartRateElevatedGuardrail(),
        new HrvSuppressedGuardrail(),
        new PoorSleepStreakGuardrail(),
        new HighSorenessGuardrail(),
        new InjurySiteSorenessGuardrail(),
        new LifeStressHighGuardrail(),
        new RaceSoonGuardrail(),
        new RaceRecoveryGuardrail(),
    ];

    /// <summary>The guardrails that read only the athlete's state: what is in force on any day, today or ahead (for sessions and exports).</summary>
    public static IReadOnlyList<IGuardrail> StateOnly { get; } = [.. All.Take(4)];
}
