using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>The variant settings a stored plan was built with (stored, so a later change of defaults does not rewrite history).</summary>
public sealed record VariantSettingsRecord(
    PlanVariant Variant,
    double AcwrCeiling,
    double MaxCycleGrowth,
    int QualitySessionsPerCycle,
    double EnvelopePosition,
    int RecoveryEvery,
    double RecoveryReduction,
    double LongRunMaxDurationS)
{
    public static VariantSettingsRecord From(VariantSettings s) => new(s.Variant, s.AcwrCeiling, s.MaxCycleGrowth, s.QualitySessionsPerCycle,
        s.EnvelopePosition, s.RecoveryEvery, s.RecoveryReduction, s.LongRunMaxDurationS);

    public VariantSettings ToSettings() => new(Variant, AcwrCeiling, MaxCycleGrowth, QualitySessionsPerCycle, EnvelopePosition,
        RecoveryEvery, RecoveryReduction, LongRunMaxDurationS);
}
