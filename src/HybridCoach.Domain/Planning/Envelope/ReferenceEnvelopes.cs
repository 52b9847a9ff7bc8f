namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The envelope of the published plans per race distance × starting volume, and the limits every plan shares. The
/// figures and their sources are tabled in docs/plan-envelope.md; in short:
/// <list type="bullet">
/// <item>Marathon: Higdon's Novice 1 (≈ 24 → 64 km/week, long run to 32 km, 3 runs of 26 km or more, peak 3 weeks
/// out), Hansons' Beginner (≈ 42 → 92 km/week, three 26 km long runs), Pfitzinger &amp; Douglas' 18/55 (53 → 88
/// km/week, 32 km) and 18/70 (to 113 km/week, 32–35 km), peak 3–6 weeks out (2 with Bosquet's 2-week taper); taper
/// 2–3 weeks.</item>
/// <item>Half: Higdon's Novice (long run 16 km), Intermediate/Advanced (19–21 km), Pfitzinger's Faster Road Racing
/// (24–27 km at 75–100 km/week); taper 10–14 days.</item>
/// <item>10K: Higdon's Novice (long run 9 km), Intermediate (13 km) and Advanced 10K plans, Pfitzinger's Faster
/// Road Racing; 5K: the same books' 5K plans; taper 7–10 days.</item>
/// <item>Taper cut 41–60 % of volume with intensity kept: Bosquet et al. 2007 (MSSE 39:1358), Mujika &amp; Padilla
/// 2003.</item>
/// </list>
/// Volume factors are the plans' peak over their first week, widened for where the runner starts inside the band;
/// the peak-week count is weeks from the end of the peak microcycle to race day.
/// </summary>
public static class ReferenceEnvelopes
{
    /// <summary>Bosquet et al. 2007: volume cut 41–60 % over the taper (our taper microcycles and race week).</summary>
    public static FigureRange TaperCut { get; } = new(0.41, 0.60);

    private const string MarathonSources = "Higdon Novice 1 & Intermediate; Hansons Beginner; Pfitzinger & Douglas, Advanced Marathoning 18/55, 18/70";
    private const string HalfSources = "Higdon Novice, Intermediate & Advanced half; Pfitzinger & Douglas, Faster Road Racing (half)";
    private const string ShortSources = "Higdon Novice, Intermediate & Advanced 5K/10K; Pfitzinger & Douglas, Faster Road Racing; Daniels' Running Formula";

    private static readonly FigureRange MarathonPeakWeeks = new(2, 6);
    private static readonly FigureRange HalfPeakWeeks = new(10 / 7.0, 5);
    private static readonly FigureRange ShortPeakWeeks = new(1, 4);
    private static readonly FigureRange MarathonTaper = new(14, 21);
    private static readonly FigureRange HalfTaper = new(10, 14);
    private static readonly FigureRange ShortTaper = new(7, 10);

    public static IReadOnlyList<ReferenceEnvelope> All { get; } =
    [
        new(RaceDistanceClass.Marathon, VolumeLevel.Low, new(1.6, 2.6), new(26_000, 32_000), 26_000, 3, MarathonPeakWeeks, MarathonTaper, MarathonSources),
        new(RaceDistanceClass.Marathon, VolumeLevel.Mid, new(1.4, 2.0), new(26_000, 32_000), 26_000, 3, MarathonPeakWeeks, MarathonTaper, MarathonSources),
        new(RaceDistanceClass.Marathon, VolumeLevel.High, new(1.15, 1.5), new(29_000, 35_000), 29_000, 3, MarathonPeakWeeks, MarathonTaper, MarathonSources),
        new(RaceDistanceClass.Half, VolumeLevel.Low, new(1.3, 2.0), new(16_000, 19_000), 16_000, 1, HalfPeakWeeks, HalfTaper, HalfSources),
        new(RaceDistanceClass.Half, VolumeLevel.Mid, new(1.2, 1.7), new(18_000, 22_000), 16_000, 3, HalfPeakWeeks, HalfTaper, HalfSources),
        new(RaceDistanceClass.Half, VolumeLevel.High, new(1.1, 1.4), new(22_000, 27_000), 19_000, 3, HalfPeakWeeks, HalfTaper, HalfSources),
        new(RaceDistanceClass.TenK, VolumeLevel.Low, new(1.2, 1.7), new(9_000, 14_000), 8_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
        new(RaceDistanceClass.TenK, VolumeLevel.Mid, new(1.1, 1.45), new(13_000, 19_000), 13_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
        new(RaceDistanceClass.TenK, VolumeLevel.High, new(1.05, 1.3), new(18_000, 26_000), 18_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
        new(RaceDistanceClass.FiveK, VolumeLevel.Low, new(1.1, 1.6), new(8_000, 12_000), 8_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
        new(RaceDistanceClass.FiveK, VolumeLevel.Mid, new(1.05, 1.35), new(10_000, 16_000), 10_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
        new(RaceDistanceClass.FiveK, VolumeLevel.High, new(1.0, 1.25), new(14_000, 24_000), 14_000, 2, ShortPeakWeeks, ShortTaper, ShortSources),
    ];

    public static ReferenceEnvelope For(RaceDistanceClass distance, VolumeLevel level) =>
        All.Single(e => e.Distance == distance && e.Level == level);

    /// <summary>The envelope for the request's goal race and the runner's current weekly volume.</summary>
    public static ReferenceEnvelope For(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return For(RaceDistanceClasses.For(request.GoalRace.Distance.Meters), VolumeLevels.For(request.Fitness.WeeklyDistanceM));
    }
}
