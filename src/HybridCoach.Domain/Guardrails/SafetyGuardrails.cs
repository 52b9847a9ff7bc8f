namespace HybridCoach.Domain.Guardrails;

/// <summary>The guardrails on how the athlete is (pain, illness, recovery signals, races), in report order.</summary>
public static class SafetyGuardrails
{
    public static IReadOnlyList<IGuardrail> All { get; } =
    [
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
}
