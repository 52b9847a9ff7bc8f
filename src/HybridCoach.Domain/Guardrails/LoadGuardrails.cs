namespace HybridCoach.Domain.Guardrails;

/// <summary>The guardrails on the training record (data sufficiency, load ratios, volume, intensity), in report order.</summary>
public static class LoadGuardrails
{
    public static IReadOnlyList<IGuardrail> All { get; } =
    [
        new InsufficientDataGuardrail(),
        new AcwrVeryHighGuardrail(),
        new AcwrHighGuardrail(),
        new AcwrCautionGuardrail(),
        new MonotonyHighGuardrail(),
        new WeeklyVolumeSpikeGuardrail(),
        new LongRunSpikeGuardrail(),
        new FormVeryNegativeGuardrail(),
        new NoRestDayGuardrail(),
        new HardYesterdayGuardrail(),
        new EasyHrDriftGuardrail(),
    ];
}
