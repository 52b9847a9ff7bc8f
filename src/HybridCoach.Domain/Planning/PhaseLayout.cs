namespace HybridCoach.Domain.Planning;

/// <summary>
/// Sizes the phases from the days available and the race distance. Microcycles of the request's length run from
/// the start; the race microcycle is the last one before the goal race and ends on race day (so it is trimmed when
/// the days do not divide evenly); one recovery microcycle follows the race. The taper — taper microcycles and the
/// race microcycle up to race day — lasts about 3 weeks for the marathon (Higdon's and Pfitzinger's plans; Bosquet
/// 2007: 2 weeks or more), 2 weeks for the half (10–14 days) and the race week alone for 5K and 10K (7–10 days: the
/// published plans' race week; Mujika &amp; Padilla 2003: shorter for short events), rounded to whole microcycles
/// (docs/plan-envelope.md). The rest is split base / build / sharpen ≈ 35 / 40 / 25 % (linear periodisation as in
/// Daniels' four phases and the seed plan doc; the split is a product rule).
/// </summary>
public static class PhaseLayout
{
    public const int MarathonTaperDays = 21;
    public const int HalfTaperDays = 14;
    public const int ShortTaperDays = 7;
    public const double SharpenShare = 0.25;
    public const double BuildShare = 0.40;

    public static IReadOnlyList<CycleFrame> Frames(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cycleDays = request.CycleDays;
        var totalDays = request.GoalRace.Date.DayNumber - request.Start.DayNumber + 1;
        var beforeRace = (int)Math.Ceiling(totalDays / (double)cycleDays);
        var raceLength = totalDays - (beforeRace - 1) * cycleDays;
        var phases = Phases(beforeRace - 1, TaperCycles(request.GoalRace.Distance.Meters, cycleDays, raceLength));
        var frames = new List<CycleFrame>(beforeRace + 1);
        var start = request.Start;
        foreach (var phase in phases)
        {
            frames.Add(new CycleFrame(frames.Count + 1, phase, start, cycleDays));
            start = start.AddDays(cycleDays);
        }
        frames.Add(new CycleFrame(frames.Count + 1, Phase.Race, start, raceLength));
        frames.Add(new CycleFrame(frames.Count + 1, Phase.Recovery, request.GoalRace.Date.AddDays(1), cycleDays));
        return frames;
    }

    /// <summary>Taper microcycles before a race microcycle of <paramref name="raceCycleDays"/> (a full one when not given).</summary>
    public static int TaperCycles(double raceDistanceM, int cycleDays, int? raceCycleDays = null)
    {
        var days = Envelope.RaceDistanceClasses.For(raceDistanceM) switch
        {
            Envelope.RaceDistanceClass.Marathon => MarathonTaperDays,
            Envelope.RaceDistanceClass.Half => HalfTaperDays,
            _ => ShortTaperDays,
        };
        // Any taper left beyond the race microcycle takes at least one taper microcycle (a trimmed race week is too short alone).
        var left = days - (raceCycleDays ?? cycleDays);
        return left <= 0 ? 0 : Math.Max(1, (int)Math.Round(left / (double)cycleDays, MidpointRounding.AwayFromZero));
    }

    /// <summary>Phases of the <paramref name="cycles"/> microcycles before the race microcycle, in order.</summary>
    public static IReadOnlyList<Phase> Phases(int cycles, int taperCycles)
    {
        var taper = Math.Min(taperCycles, Math.Max(0, cycles - 1));
        var training = cycles - taper;
        var sharpen = training >= 3 ? Math.Max(1, (int)Math.Round(training * SharpenShare, MidpointRounding.AwayFromZero)) : 0;
        var build = training >= 2 ? Math.Max(1, (int)Math.Round(training * BuildShare, MidpointRounding.AwayFromZero)) : training;
        var baseCycles = training - sharpen - build;
        if (baseCycles < 0) { build += baseCycles; baseCycles = 0; }
        var phases = new List<Phase>(cycles);
        phases.AddRange(Enumerable.Repeat(Phase.Base, baseCycles));
        phases.AddRange(Enumerable.Repeat(Phase.Build, build));
        phases.AddRange(Enumerable.Repeat(Phase.Sharpen, sharpen));
        phases.AddRange(Enumerable.Repeat(Phase.Taper, taper));
        return phases;
    }
}
