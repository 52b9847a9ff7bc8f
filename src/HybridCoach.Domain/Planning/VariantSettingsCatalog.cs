namespace HybridCoach.Domain.Planning;

/// <summary>
/// The settings of each variant, with their sources:
/// <list type="bullet">
/// <item>ACWR ceiling 1.2 / 1.3 / 1.4: Gabbett 2016 (BJSM 50:273–280, science.md §3) calls 0.8–1.3 the "sweet
/// spot" and ≥ 1.5 the "danger zone"; moderate is the issue's default 1.3, conservative stays inside the band with
/// a margin, aggressive goes part-way towards the danger zone but stays under 1.5. Heuristics (Impellizzeri 2020).</item>
/// <item>Growth 5 / 8 / 10 % per microcycle: the "10 % rule" is the aggressive bound; Buist 2008 and Nielsen 2014
/// (science.md §12) found no protection from it, but > 30 % over two weeks trended to more distance injuries, so
/// every variant stays well below that. Product rule.</item>
/// <item>Quality sessions 1 / 2 / 2 in build (3 for aggressive in sharpen): the seed product's plans and the 80/20
/// polarised split (Seiler) — two hard sessions a week is the usual ceiling for age-groupers.</item>
/// <item>Envelope position 0 / ½ / 1: the conservative plan aims at the low end of the published plans' peak volume
/// and longest run for its race and level (Higdon's novice and Hansons' beginner end), the aggressive one at the
/// high end (Pfitzinger's), the moderate one between (<see cref="Envelope.ReferenceEnvelopes"/>); bounded by the
/// growth rate and ACWR ceiling anyway.</item>
/// <item>Recovery every 3rd / 4th / 4th microcycle with 27 / 25 / 23 % less volume (inside, not on, the edges of the seed product's "every 3–4
/// weeks, 20–30 % less", so rounding of sessions cannot leave the band; a coaching convention, science.md §12: no controlled trial).</item>
/// <item>Marathon long run ≤ 2.5 / 2.75 / 3 h: Daniels' 150 min to Hansons' "3 hours at most"; the long run's distance
/// follows the references' rule (<see cref="Envelope.LongRunLimit"/>).</item>
/// </list>
/// </summary>
public static class VariantSettingsCatalog
{
    public static VariantSettings Conservative { get; } =
        new(PlanVariant.Conservative, 1.2, 0.05, 1, 0, 3, 0.27, 2.5 * 3600);

    public static VariantSettings Moderate { get; } =
        new(PlanVariant.Moderate, 1.3, 0.08, 2, 0.5, 4, 0.25, 2.75 * 3600);

    public static VariantSettings Aggressive { get; } =
        new(PlanVariant.Aggressive, 1.4, 0.10, 2, 1, 4, 0.23, 3 * 3600);

    public static IReadOnlyList<VariantSettings> All { get; } = [Conservative, Moderate, Aggressive];

    public static VariantSettings For(PlanVariant variant) => variant switch
    {
        PlanVariant.Conservative => Conservative,
        PlanVariant.Moderate => Moderate,
        PlanVariant.Aggressive => Aggressive,
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown plan variant"),
    };

    /// <summary>Quality sessions per microcycle in the sharpen phase: the build count, 3 for the aggressive variant.</summary>
    public static int SharpenQualitySessions(VariantSettings settings) =>
        settings.Variant == PlanVariant.Aggressive ? 3 : settings.QualitySessionsPerCycle;
}
