namespace HybridCoach.Domain.Guardrails;

/// <summary>The guardrails on how the athlete is (pain, illness, recovery signals, races), in report order.</summary>
public static class SafetyGuardrails
{
    public static IReadOnlyList<IGuardrail> All { get; } =
    [
        new PainFlagGuardrail(),
    ];
}
