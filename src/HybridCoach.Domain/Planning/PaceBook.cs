using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Exact pace ranges for every <see cref="Intensity"/>, from the athlete's zones. Each intensity has a band of
/// threshold speed strictly inside its Skiba zone (science.md §11.1: zone lower bounds 80, 87, 95, 105, 119 % of
/// threshold speed), so a step's pace always lies in the zone it names. When VDOT is known, Daniels' pace for the
/// intensity (<see cref="TrainingPaces.FromVdot"/>, ± <see cref="DanielsHalfWidthSPerKm"/>) is used where it overlaps
/// that band — the zones stay the authority, so an athlete whose VDOT and threshold disagree still gets paces in
/// the named zone. Walking (run-walk) is 9–12 min/km, z1.
/// </summary>
public sealed class PaceBook
{
    /// <summary>Half-width of the band around Daniels' single M/T/I/R paces (product rule: ±4 s/km).</summary>
    public const double DanielsHalfWidthSPerKm = 4;

    private static readonly (Intensity Intensity, double SlowFraction, double FastFraction, string Zone)[] Bands =
    [
        (Intensity.Walk, 0.40, 0.55, "z1"),
        (Intensity.Recovery, 0.72, 0.785, "z1"),
        (Intensity.Easy, 0.805, 0.865, "z2"),
        (Intensity.Marathon, 0.88, 0.94, "z3"),
        (Intensity.Threshold, 0.96, 1.03, "z4"),
        (Intensity.Interval, 1.06, 1.15, "z5"),
        (Intensity.Repetition, 1.20, 1.30, "z6"),
    ];

    private readonly Dictionary<Intensity, PaceRange> _ranges = [];

    public PaceBook(Pace thresholdPace, double? vdot)
    {
        if (!(thresholdPace.SecondsPerKilometer > 0) || !double.IsFinite(thresholdPace.SecondsPerKilometer))
            throw new ArgumentException($"threshold_pace {thresholdPace.SecondsPerKilometer} s/km: must be a finite pace above 0");
        ThresholdPace = thresholdPace;
        Zones = PaceZones.FromThreshold(thresholdPace);
        var daniels = vdot is { } v ? TrainingPaces.FromVdot(v) : null;
        foreach (var band in Bands)
        {
            var zoneRange = new PaceRange(AtFraction(band.FastFraction), AtFraction(band.SlowFraction));
            var preferred = daniels is null || band.Intensity == Intensity.Walk ? null : DanielsRange(daniels, band.Intensity);
            _ranges[band.Intensity] = preferred is { } p && Intersect(p, zoneRange) is { } both ? both : zoneRange;
        }
    }

    public Pace ThresholdPace { get; }
    public IReadOnlyList<PaceZone> Zones { get; }

    public PaceRange Range(Intensity intensity) => _ranges[intensity];

    public static string ZoneOf(Intensity intensity) => Bands.First(b => b.Intensity == intensity).Zone;

    /// <summary>The zone id (z1..z6) holding a pace.</summary>
    public string ZoneOf(Pace pace) => PaceZones.ZoneOf(Zones, pace).Id;

    /// <summary>
    /// The band cut to the zone its middle lies in, so the band and the zone it names agree (<c>paces_from_zones</c>):
    /// a race pace of 4:06–4:11/km whose middle is in Z5 (up to 4:10/km) becomes 4:06–4:10/km. A band that does not
    /// overlap its middle's zone cannot occur; it is returned as it is.
    /// </summary>
    public PaceRange WithinZoneOfMid(PaceRange range)
    {
        var zone = PaceZones.ZoneOf(Zones, range.Mid);
        var fast = zone.FastestPace is { } f && range.Fast.SecondsPerKilometer < f.SecondsPerKilometer ? f : range.Fast;
        var slow = zone.SlowestPace is { } s && range.Slow.SecondsPerKilometer > s.SecondsPerKilometer ? s : range.Slow;
        return fast.SecondsPerKilometer <= slow.SecondsPerKilometer ? new PaceRange(fast, slow) : range;
    }

    /// <summary>A ±<paramref name="halfWidthPercent"/> % speed band around <paramref name="percent"/> % of a goal pace's speed.</summary>
    public static PaceRange PercentOf(Pace goalPace, double percent, double halfWidthPercent = 1.5) => new(
        new Pace(goalPace.SecondsPerKilometer * 100 / (percent + halfWidthPercent)),
        new Pace(goalPace.SecondsPerKilometer * 100 / (percent - halfWidthPercent)));

    private Pace AtFraction(double fractionOfThresholdSpeed) => new(ThresholdPace.SecondsPerKilometer / fractionOfThresholdSpeed);

    private static PaceRange? DanielsRange(TrainingPaces p, Intensity intensity) => intensity switch
    {
        Intensity.Recovery => new PaceRange(p.EasySlow, new Pace(p.EasySlow.SecondsPerKilometer + 30)),
        Intensity.Easy => new PaceRange(p.EasyFast, p.EasySlow),
        Intensity.Marathon => Around(p.Marathon),
        Intensity.Threshold => Around(p.Threshold),
        Intensity.Interval => Around(p.Interval),
        Intensity.Repetition => Around(p.Repetition),
        _ => null,
    };

    private static PaceRange Around(Pace pace) => new(
        new Pace(pace.SecondsPerKilometer - DanielsHalfWidthSPerKm), new Pace(pace.SecondsPerKilometer + DanielsHalfWidthSPerKm));

    private static PaceRange? Intersect(PaceRange a, PaceRange b)
    {
        var fast = Math.Max(a.Fast.SecondsPerKilometer, b.Fast.SecondsPerKilometer);
        var slow = Math.Min(a.Slow.SecondsPerKilometer, b.Slow.SecondsPerKilometer);
        return slow - fast >= 1 ? new PaceRange(new Pace(fast), new Pace(slow)) : null;
    }
}
