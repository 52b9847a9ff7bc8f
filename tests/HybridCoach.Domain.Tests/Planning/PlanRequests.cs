using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>Plan requests for the tests: a Monday start, races on a Sunday after whole weeks, a steady 6-week history.</summary>
internal static class PlanRequests
{
    public static readonly DateOnly Start = new(2026, 1, 5); // a Monday

    public static readonly DayOfWeek[] EveryDay =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static PlanRequest For(double raceM, int weeks, RunnerType type = RunnerType.MultiRace, int cycleDays = 7,
        double weeklyM = 40_000, double thresholdSPerKm = 270, double? vdot = null, Duration? target = null,
        IReadOnlyList<RaceEntry>? others = null, IReadOnlyList<DayOfWeek>? available = null, IReadOnlyList<DayOfWeek>? clear = null,
        bool strength = false, bool percentages = false, int? raceDayOffset = null)
    {
        var raceDate = Start.AddDays(raceDayOffset ?? weeks * 7 - 1);
        var threshold = new Pace(thresholdSPerKm);
        var fitness = new AthleteFitness(weeklyM, weeklyM * 0.3, threshold, vdot, null, History(weeklyM, threshold));
        return new PlanRequest(fitness, new RaceEntry(raceDate, "Goal race", new Distance(raceM), RacePriority.A), target,
            others ?? [], Start, cycleDays, available ?? EveryDay, DayOfWeek.Sunday, clear ?? [], strength,
            [Equipment.Dumbbells], type, DistanceUnit.Kilometers, percentages);
    }

    /// <summary>
    /// 6 weeks before the start of 5 runs a week (Tue, Wed, Thu, Sat, Sun) adding up to the weekly volume at an easy
    /// 1.2 × threshold pace; loads by the running-stress formula (IF = 1/1.2).
    /// </summary>
    public static IReadOnlyList<DatedLoad> History(double weeklyM, Pace threshold)
    {
        var loads = new List<DatedLoad>();
        int[] runDays = [1, 2, 3, 5, 6];
        double[] share = [0.18, 0.18, 0.18, 0.16, 0.30];
        for (var week = 0; week < 6; week++)
        {
            for (var r = 0; r < runDays.Length; r++)
            {
                var day = Start.AddDays(-42 + week * 7 + runDays[r]);
                var distance = weeklyM * share[r];
                var seconds = distance / 1000 * threshold.SecondsPerKilometer * 1.2;
                loads.Add(DatedLoad.Run(day, seconds / 3600 / 1.44 * 100, distance, seconds));
            }
        }
        return loads;
    }

    public static readonly double FiveK = 5000;
    public static readonly double TenK = 10000;
    public static readonly double Half = 21097.5;
    public static readonly double Marathon = 42195;
}
