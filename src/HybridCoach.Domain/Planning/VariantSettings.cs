namespace HybridCoach.Domain.Planning;

/// <summary>
/// How hard a variant pushes: the projected-ACWR ceiling the plan must stay under, the largest microcycle-to-
/// microcycle growth in running distance, quality sessions per microcycle in build, where in the published plans'
/// envelope its peak volume and long run sit (0 = the envelope's low end, 1 = its high end), the recovery-microcycle rhythm and reduction, and the marathon long run's duration
/// ceiling (the long run's distance follows the references' rule, <see cref="Envelope.LongRunLimit"/>).
/// Values per variant are in <see cref="VariantSettingsCatalog"/>, each with its source.
/// </summary>
public sealed record VariantSettings(
    PlanVariant Variant,
    double AcwrCeiling,
    double MaxCycleGrowth,
    int QualitySessionsPerCycle,
    double EnvelopePosition,
    int RecoveryEvery,
    double RecoveryReduction,
    double LongRunMaxDurationS);
