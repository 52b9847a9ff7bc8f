namespace HybridCoach.Domain.Planning;

/// <summary>
/// Sizes the phases from the days available and the race distance. Microcycles of the request's length run from
/// the start; the race microcycle is the last one before the goal race and ends on race day (so it is trimmed when
/// the days do not divide evenly); one recovery microcycle follows the race. The taper before the race
/// microcycle is about 2 weeks for the half marathon and longer (Bosquet 2007: 2 weeks best; science.md §12) and
/// about 1 week for shorter races (Mujika &amp; Padilla 2003: 4 to 28 days, shorter for short events), rounded to
/// whole microcycles. The rest is split base / build / sharpen ≈ 35 / 40 / 25 % (linear periodisation as in
/// Daniels' four phases and the seed plan doc; the split is a product rule).
/// </summary>
public static class PhaseLayout
{
    /// <summary>Races at least this long get the 2-week taper (a half marathon is 21,097.5 m).</summary>
    public const double LongTaperFromM = 21_000;
    public const int LongTaperDays = 14;
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
        var phases = Phases(beforeRace - 1, TaperCycles(request.GoalRace.Distance.Meters, cycleDays));
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

    public static int TaperCycles(double raceDistanceM, int cycleDays)
    {
        var days = raceDistanceM >= LongTaperFromM ? LongTaperDays : ShortTaperDays;
        return Math.Max(1, (int)Math.Round(days / (double)cycleDays, MidpointRounding.AwayFromZero));
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
