namespace HybridCoach.Domain.Planning;

/// <summary>
/// How hard a variant pushes: the projected-ACWR ceiling the plan must stay under, the largest microcycle-to-
/// microcycle growth in running distance, quality sessions per microcycle in build, peak volume as a multiple of
/// the current weekly volume, the recovery-microcycle rhythm and reduction, and the long run's share bounds.
/// Values per variant are in <see cref="VariantSettingsCatalog"/>, each with its source.
/// </summary>
public sealed record VariantSettings(
    PlanVariant Variant,
    double AcwrCeiling,
    double MaxCycleGrowth,
    int QualitySessionsPerCycle,
    double PeakVolumeFactor,
    int RecoveryEvery,
    double RecoveryReduction,
    double LongRunMaxShare,
    double LongRunMaxDurationS);
